/**
 * Every error the library throws on purpose is a `LexposureError` with a stable `code`, so callers can
 * branch on `error.code` without parsing messages.
 */
export type LexposureErrorCode =
  | 'VALIDATION_ERROR'
  | 'NOT_IN_FORCE'
  | 'NOT_APPLICABLE'
  | 'NOT_COVERED'
  | 'UNKNOWN_PROVISION'
  | 'MISSING_TURNOVER'
  | 'MISSING_EXCHANGE_RATE';

export class LexposureError extends Error {
  readonly code: LexposureErrorCode;

  constructor(code: LexposureErrorCode, message: string) {
    // Inside probeScope, an answer "not applicable" or "not in force" is caught by the code that
    // asked: its stack trace would be written for no one (and costs more than the answer).
    const quiet = probing > 0 && (code === 'NOT_APPLICABLE' || code === 'NOT_IN_FORCE');
    const limit = Error.stackTraceLimit;
    if (quiet) Error.stackTraceLimit = 0;
    super(message);
    if (quiet) Error.stackTraceLimit = limit;
    this.name = new.target.name;
    this.code = code;
  }
}

let probing = 0;

/**
 * Runs `ask`, whose NotApplicableError or NotInForceError the caller catches and answers itself
 * (the estimate trims a default scenario to the duties the company has): those errors are built
 * without a stack trace. Any other error keeps its stack.
 */
export function probeScope<T>(ask: () => T): T {
  probing++;
  try {
    return ask();
  } finally {
    probing--;
  }
}

/** A key of an input: an object key or an array index, as zod writes paths. */
export type PathKey = string | number;

/**
 * One problem found in an input, as zod reports it: a `code` ("invalid_type", "too_big",
 * "unrecognized_keys", "custom"...), the key-array `path` to the value, the same path written out
 * (`field`, "profile.financialYears[0].turnover"), and what is wrong.
 */
export interface ValidationIssue {
  readonly code: string;
  readonly path: readonly PathKey[];
  readonly field: string;
  readonly message: string;
}

/** An issue as the library's rules raise it: a dotted or key-array path; `code` defaults to "custom". */
export interface IssueInput {
  readonly path: string | readonly PathKey[];
  readonly message: string;
  readonly code?: string;
  /** The path as written in messages, where it is not the plain form of `path`. */
  readonly field?: string;
}

/** "profile.financialYears[0].turnover" → ["profile", "financialYears", 0, "turnover"]. */
export function pathKeys(field: string): PathKey[] {
  const keys: PathKey[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]|\[([^\]]*)\]/g)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(m[3] as string);
  }
  return keys;
}

/** ["profile", "financialYears", 0] → "profile.financialYears[0]". */
export function fieldOf(path: readonly PathKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${key}`))
    .join('');
}

/** The issues an error keeps: an array of a million bad items is not a million issues. */
const MAX_ISSUES = 1000;

/** The longest message and field an issue keeps: a 10 MB value quoted in one is cut. */
const MAX_ISSUE_TEXT = 500;

const cut = (text: string) => (text.length > MAX_ISSUE_TEXT ? `${text.slice(0, MAX_ISSUE_TEXT)}…` : text);

function toIssue(input: IssueInput): ValidationIssue {
  const path = typeof input.path === 'string' ? pathKeys(input.path) : [...input.path];
  const field = input.field ?? (typeof input.path === 'string' ? input.path : fieldOf(path));
  return Object.freeze({
    code: input.code ?? 'custom',
    path: Object.freeze(path),
    field: cut(field),
    message: cut(input.message),
  });
}

/** Bad input at a public entry point. The message names every path and problem found. */
export class ValidationError extends LexposureError {
  /** The problems found (the first 1,000; the message names the first ten). */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly IssueInput[], subject = 'input') {
    const read = issues.slice(0, MAX_ISSUES).map(toIssue);
    const lines = read.slice(0, 10).map((issue) => `${issue.field || '(root)'}: ${issue.message}`);
    const more = issues.length > 10 ? `; and ${issues.length - 10} more` : '';
    super('VALIDATION_ERROR', `Invalid ${cut(subject)}: ${lines.join('; ')}${more}`);
    this.issues = Object.freeze(read);
  }
}

/** A rule was asked for on a date when it did not apply (yet, or any more). */
export class NotInForceError extends LexposureError {
  readonly rule: string;
  readonly asOf: string;
  readonly validFrom: string;
  readonly validTo: string | null;

  constructor(rule: string, asOf: string, validFrom: string, validTo: string | null) {
    const window = validTo ? `from ${validFrom} to ${validTo}` : `from ${validFrom}`;
    super('NOT_IN_FORCE', `${rule} applies ${window}; it did not apply on ${asOf}`);
    this.rule = rule;
    this.asOf = asOf;
    this.validFrom = validFrom;
    this.validTo = validTo;
  }
}

/** A provision id or an infringed article that no modelled fine provision covers. */
/**
 * The rule exists but does not reach this company: a duty of a tier it is not in (a very large
 * online platform's duty for a provider not designated), or a fine its status cannot attract.
 */
export class NotApplicableError extends LexposureError {
  readonly reference: string;

  /** The message of the error for `reference`, for a caller that reports it without throwing. */
  static messageFor(reference: string, reason: string): string {
    return `${JSON.stringify(reference)}: ${reason}`;
  }

  constructor(reference: string, reason: string) {
    super('NOT_APPLICABLE', NotApplicableError.messageFor(reference, reason));
    this.reference = reference;
  }
}

/**
 * The law applied on the date, but the library's data do not reach it (amounts bundled only from a
 * later adjustment): unknown, not "did not apply".
 */
export class DataCoverageError extends LexposureError {
  constructor(rule: string, asOf: string, coverageFrom: string) {
    super(
      'NOT_COVERED',
      `${rule}: the bundled amounts start on ${coverageFrom}; the amount that applied on ${asOf} is not in this version of lexposure (the rule itself may well have applied)`,
    );
  }
}

export class UnknownProvisionError extends LexposureError {
  readonly reference: string;

  constructor(reference: string, reason: string) {
    super('UNKNOWN_PROVISION', `${JSON.stringify(reference)}: ${reason}`);
    this.reference = reference;
  }
}

/** The turnover a cap needs (a given financial year, at a given scope) is not in the profile. */
export class MissingTurnoverError extends LexposureError {
  /** The financial year the rule needs, as its end date (ISO) and its label. */
  readonly financialYearEnd: string;
  readonly financialYear: number;
  readonly scope: 'undertaking' | 'entity';

  constructor(
    message: string,
    financialYear: number,
    financialYearEnd: string,
    scope: 'undertaking' | 'entity',
  ) {
    super('MISSING_TURNOVER', message);
    this.financialYear = financialYear;
    this.financialYearEnd = financialYearEnd;
    this.scope = scope;
  }
}

/** No exchange rate in the tables (the caller's, then the bundled ECB one) fits a conversion. */
export class MissingRateError extends LexposureError {
  readonly from: string;
  readonly to: string;

  constructor(from: string, to: string, message: string) {
    super('MISSING_EXCHANGE_RATE', message);
    this.from = from;
    this.to = to;
  }
}
