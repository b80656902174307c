import { z } from 'zod';

/**
 * Small builders shared by the shape files. Every schema is built once, at module load:
 * validation speed depends on never constructing schemas per call.
 */

/** A 32-bit signed integer, as the ECS model's `Integer`/`BoxedInteger` shapes. */
export const int32 = () => z.int32();

/** An integer in `min..max` (inclusive); the bounds are inside 32 bits, so one check reports one issue. */
export const intIn = (min: number, max: number) => z.int().min(min).max(max);

/** A `map<string,string>` (DockerLabelsMap, LogConfigurationOptionsMap, StringMap …). */
export const stringMap = () => z.record(z.string(), z.string());

/** A list of strings (StringList). */
export const stringList = () => z.array(z.string());

/** A required member with hover text for the JSON editor. */
export function req<T extends z.ZodType>(schema: T, description: string): T {
  return schema.describe(description);
}

/** An optional member with hover text for the JSON editor. */
export function opt<T extends z.ZodType>(schema: T, description: string): z.ZodOptional<T> {
  return schema.describe(description).optional();
}

/** `^[A-Za-z0-9_-]{1,255}$`: family, container and volume names. */
export const NAME_PATTERN = /^[A-Za-z0-9_-]{1,255}$/;
export const NAME_FORMAT = '1 to 255 letters, digits, hyphens (-) or underscores (_)';

/** A name in the family/container/volume alphabet. */
export const nameString = () => z.string().regex(NAME_PATTERN, { error: NAME_FORMAT });
