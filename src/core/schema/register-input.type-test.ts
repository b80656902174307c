/**
 * Type-level proof that `taskDefinitionSchema` describes exactly `RegisterTaskDefinitionCommandInput` of
 * `@aws-sdk/client-ecs`: same members at every level, same optionality, same enum literals, same maps.
 * Checked by `tsc --noEmit` (this file has no runtime code worth running); a missing, extra or misspelt field,
 * a wrong enum member or a wrong optional flag anywhere in the tree fails the build.
 *
 * Why not a plain two-way assignability check on the raw SDK type:
 * 1. Smithy-generated SDK types write REQUIRED members as `family: string | undefined` (the key must be present, but
 *    `undefined` is allowed so that a member that later becomes optional is not a breaking change). A validated
 *    document never holds `undefined` in a required member, so the schema output is `family: string`, and
 *    SDK → schema is not assignable for that reason alone.
 * 2. SDK unions (`SharingStrategy`) carry a forward-compatibility member `{ $unknown: [string, any] }` and a phantom
 *    `$unknown?: never` key on every known member. That member is not JSON the API accepts from us.
 * 3. Plain mutual assignability does not notice a MISSING OPTIONAL member (an object without `foo?` is assignable to
 *    one with it, and vice versa), so it is too weak to catch a forgotten field.
 *
 * So the test normalises the SDK type for (1) and (2) only, then demands IDENTITY (strongest check there is), and
 * also checks both raw directions that do hold: schema output → SDK input, and normalised SDK → schema output.
 * The `@ts-expect-error` lines prove that (1) and (2) are the only reasons the raw SDK → schema direction fails.
 */
import type { RegisterTaskDefinitionCommandInput, ResourceRequirement as SdkResourceRequirement } from '@aws-sdk/client-ecs';
import type { z } from 'zod';
import type { taskDefinitionSchema } from './task-definition';

type SchemaOutput = z.output<typeof taskDefinitionSchema>;
type SchemaInput = z.input<typeof taskDefinitionSchema>;
type SchemaResourceRequirement = NonNullable<SchemaOutput['containerDefinitions'][number]['resourceRequirements']>[number];

/** Strict identity of two types (modifiers included), not mere mutual assignability. */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Marks the SDK's forward-compatibility union member. */
type UnknownUnionMember = { $unknown: [string, unknown] };

/** Deeply: drop `undefined` from required members, drop `$unknown` members and keys; keep optional markers. */
type NormalizeSdk<T> = T extends readonly (infer E)[]
  ? NormalizeSdk<E>[]
  : T extends object
    ? T extends UnknownUnionMember
      ? never
      : { [K in keyof T as K extends '$unknown' ? never : K]: NormalizeSdk<Exclude<T[K], undefined>> }
    : T;

/**
 * The mapped type above turns `x?: V | undefined` into `x?: V'` (optional members still admit `undefined` when read,
 * as `exactOptionalPropertyTypes` is off) and `x: V | undefined` into `x: V'`.
 */
type Sdk = NormalizeSdk<RegisterTaskDefinitionCommandInput>;

/** Compile-time assertion: only `true` is accepted. */
function assertType<T extends true>(): T | undefined {
  return undefined;
}

// Identity of the whole tree, and of the union-bearing leaf on its own (clearer error if only that drifts).
assertType<Equals<SchemaOutput, Sdk>>();
assertType<Equals<SchemaInput, SchemaOutput>>(); // no transforms: what you write is what you get
assertType<Equals<SchemaResourceRequirement, NormalizeSdk<SdkResourceRequirement>>>();

// Both raw directions that hold.
export function schemaOutputIsSdkInput(doc: SchemaOutput): RegisterTaskDefinitionCommandInput {
  return doc;
}
export function normalizedSdkIsSchemaOutput(input: Sdk): SchemaOutput {
  return input;
}

// The only reasons the raw SDK → schema direction fails (see the header). If the SDK drops them, these lines
// stop erroring and tsc says so: then replace `Sdk` with the raw type above.
export function rawRequiredMemberMayBeUndefined(input: RegisterTaskDefinitionCommandInput): SchemaOutput['family'] {
  // @ts-expect-error -- SDK required members admit `undefined` (reason 1)
  return input.family;
}
export function rawUnionHasUnknownMember(
  input: NonNullable<SdkResourceRequirement['sharingStrategy']>,
): NonNullable<SchemaResourceRequirement['sharingStrategy']> {
  // @ts-expect-error -- SDK unions carry a `$unknown` member (reason 2)
  return input;
}
