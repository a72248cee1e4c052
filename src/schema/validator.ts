/** The shape of a precompiled validator, the same for every major (each generated/vN/validators.d.ts declares it too). */

/** An ajv error object, as returned in `validate.errors`. */
export interface ValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled validator: returns true when valid, and leaves the errors on `errors`. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidatorError[] | null;
}
