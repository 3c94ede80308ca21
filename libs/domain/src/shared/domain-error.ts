/** A command that asks for something the rules of the domain forbid in the current state. */
export class RuleViolation extends Error {
  override readonly name = 'RuleViolation';
  constructor(
    readonly rule: string,
    message: string,
    /** The field of the request the rule refused on, where one did. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** A field whose value is wrong given the rest of the command or the state (an end before its start). */
export class InvalidField extends Error {
  override readonly name = 'InvalidField';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
