/**
 * Template placeholders that people keep in task definitions and fill in at deploy time
 * (envsubst `${X}`, `<IMAGE>`, Go/Helm `{{ .Image }}`, CodePipeline-style `$$$X$$$`).
 * A placeholder is reported as info, never as an error, even where the field has an enum or a number type.
 */
// Each pattern runs in linear time on any string: the repeated part cannot contain the character that starts a
// match, so the engine never rescans a long run from every start position (`{{{{…` or `${${…` of 64 KiB would take
// seconds with `[^}]*`).
const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /\$\{[^${}\s]+\}/, // ${IMAGE}, ${AWS_REGION}
  /\$\$\$[A-Za-z0-9_.-]+\$\$\$/, // $$$IMAGE$$$
  /\{\{[^{}]*\}\}/, // {{ .Image }}, {{image}}
  /<[A-Za-z][A-Za-z0-9_ -]*>/, // <IMAGE>, <ACCOUNT_ID>
  /(?:^|[^$])\$[A-Z_][A-Z0-9_]{2,}\b/, // $IMAGE_TAG (shell style, upper case only to avoid false hits)
];

/** True when the string contains at least one template placeholder. */
export function hasPlaceholder(value: string): boolean {
  return PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(value));
}

/** True when the whole string (trimmed) is one placeholder, e.g. a numeric field holding `"${CPU}"`. */
export function isWholePlaceholder(value: string): boolean {
  const trimmed = value.trim();
  return PLACEHOLDER_PATTERNS.some((pattern) => {
    const match = pattern.exec(trimmed);
    return match !== null && match[0].trim() === trimmed;
  });
}
