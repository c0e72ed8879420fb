import { postureFromQuestionnaire, QUESTIONNAIRE } from '../../compliance/questionnaire.js';
import { ValidationError } from '../../core/errors.js';
import { SERVICE_KINDS } from '../../profile/schema.js';

/** The columns a vendor CSV may have; `q.<question>` and `p.<fact>` columns come on top. */
export const VENDOR_COLUMNS = {
  id: 'your identifier for the vendor (optional; the row number otherwise)',
  name: 'the company name (required)',
  country: 'establishments, ISO 3166-1 alpha-2, ";"-separated, the first the main one',
  roles: '"controller", "processor" or "controller;processor"',
  turnover: 'turnover of the financial year, a plain decimal',
  currency: 'ISO 4217 code of the turnover (default EUR)',
  year: 'the financial year of the turnover (default: the calendar year before --as-of)',
  yearEnd: 'the last day of that financial year (default: 31 December of it)',
  scope: '"undertaking" (the group, default) or "entity"',
  employees: 'head count in that year',
  sector: 'the NIS2 sector or entity type',
  services: 'services, ";"-separated, each "kind" or "kind:EU monthly active recipients"',
  publicAuthority: 'yes/no',
} as const;

const PROCESSING_FACTS = [
  'offersGoodsOrServicesInUnion',
  'monitorsBehaviourInUnion',
  'specialCategories',
  'criminalConvictionsData',
  'largeScaleSpecialCategories',
  'occasional',
  'likelyToResultInRisk',
  'likelyToResultInHighRisk',
  'automatedDecisions',
  'publicAreaMonitoring',
  'coreActivityMonitoring',
  'coreActivitySpecialCategories',
  'dpoRequiredByLaw',
  'consent',
  'servicesToChildren',
  'jointControllers',
  'usesProcessors',
] as const;

const QUESTION_IDS = new Set(QUESTIONNAIRE.map((q) => q.id));

/** Checks the header once: unknown columns are a usage mistake worth stopping for. */
export function checkHeader(header: readonly string[]): string[] {
  const problems: string[] = [];
  if (!header.includes('name')) problems.push('the column "name" is missing');
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) problems.push(`the column "${column}" appears twice`);
    seen.add(column);
    const known =
      Object.hasOwn(VENDOR_COLUMNS, column) ||
      (column.startsWith('q.') && QUESTION_IDS.has(column.slice(2))) ||
      (column.startsWith('p.') && (PROCESSING_FACTS as readonly string[]).includes(column.slice(2)));
    if (!known) problems.push(`unknown column "${column}"`);
  }
  return problems;
}

function yesNo(value: string, column: string, issues: Issues): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (v === 'yes' || v === 'true' || v === 'y' || v === '1') return true;
  if (v === 'no' || v === 'false' || v === 'n' || v === '0') return false;
  issues.push({ path: column, message: `expected yes or no, got ${JSON.stringify(value.slice(0, 40))}` });
  return undefined;
}

const list = (value: string) =>
  value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

type Issues = { path: string; message: string }[];
type Cell = (column: string) => string;

/** The financial year of the turnover columns, or undefined where the row has no turnover. */
function financialYearOf(cell: Cell, asOf: string, issues: Issues): Record<string, unknown> | undefined {
  if (cell('turnover') === '') return undefined;
  const yearText = cell('year');
  const year = yearText === '' ? Number(asOf.slice(0, 4)) - 1 : Number(yearText);
  if (!Number.isInteger(year))
    issues.push({ path: 'year', message: `expected a year, got ${JSON.stringify(yearText)}` });
  const employeesText = cell('employees');
  const employees = employeesText === '' ? undefined : Number(employeesText);
  if (employees !== undefined && !Number.isInteger(employees))
    issues.push({
      path: 'employees',
      message: `expected a whole number, got ${JSON.stringify(employeesText)}`,
    });
  return {
    year,
    end: cell('yearEnd') || `${year}-12-31`,
    scope: cell('scope') || 'undertaking',
    turnover: { amount: cell('turnover'), currency: cell('currency') || 'EUR' },
    ...(employees !== undefined && Number.isInteger(employees) ? { employees } : {}),
  };
}

/** The services column: each "kind" or "kind:EU monthly active recipients". */
function servicesOf(text: string, issues: Issues): Record<string, unknown>[] {
  return list(text).map((s) => {
    const [kind = '', users] = s.split(':').map((x) => x.trim());
    if (!(SERVICE_KINDS as readonly string[]).includes(kind))
      issues.push({ path: 'services', message: `unknown service kind ${JSON.stringify(kind)}` });
    const recipients = users === undefined ? undefined : Number(users);
    if (users !== undefined && !Number.isSafeInteger(recipients))
      issues.push({
        path: 'services',
        message: `expected a whole number of recipients after "${kind}:", got ${JSON.stringify(users)}`,
      });
    return { kind, ...(recipients !== undefined ? { euMonthlyActiveRecipients: recipients } : {}) };
  });
}

/** The `p.<fact>` columns as processing facts and the `q.<question>` columns as answers. */
function factsAndAnswers(
  header: readonly string[],
  fields: readonly string[],
  issues: Issues,
): { processing: Record<string, boolean>; answers: Record<string, string> } {
  const processing: Record<string, boolean> = {};
  const answers: Record<string, string> = {};
  header.forEach((column, i) => {
    const value = (fields[i] ?? '').trim();
    if (column.startsWith('p.')) {
      const fact = yesNo(value, column, issues);
      if (fact !== undefined) processing[column.slice(2)] = fact;
    } else if (column.startsWith('q.') && value !== '') {
      const answer = value.toLowerCase();
      if (!['yes', 'no', 'partly', 'unknown'].includes(answer))
        issues.push({
          path: column,
          message: `expected yes, no, partly or unknown, got ${JSON.stringify(value.slice(0, 40))}`,
        });
      else answers[column.slice(2)] = answer;
    }
  });
  return { processing, answers };
}

/**
 * A CSV row as a company profile. Cells are checked here, so an error names the column; the profile
 * schema then checks the whole. Empty cells are absent values.
 */
export function profileFromRow(header: readonly string[], fields: readonly string[], asOf: string): unknown {
  const cell: Cell = (column) => {
    const i = header.indexOf(column);
    return i < 0 ? '' : (fields[i] ?? '').trim();
  };
  if (fields.length !== header.length)
    throw new ValidationError(
      [{ path: '(row)', message: `${fields.length} fields where the header has ${header.length}` }],
      'row',
    );
  const issues: Issues = [];
  const profile: Record<string, unknown> = { name: cell('name') };
  const countries = list(cell('country'));
  if (countries.length > 0)
    profile.establishments = countries.map((country, i) => ({ country, main: i === 0 }));
  const roles = list(cell('roles'));
  if (roles.length > 0) profile.roles = roles;
  const year = financialYearOf(cell, asOf, issues);
  if (year) profile.financialYears = [year];
  if (cell('sector') !== '') profile.sector = cell('sector');
  const services = servicesOf(cell('services'), issues);
  if (services.length > 0) profile.services = services;
  const publicAuthority = yesNo(cell('publicAuthority'), 'publicAuthority', issues);
  if (publicAuthority !== undefined) profile.publicAuthority = publicAuthority;
  const { processing, answers } = factsAndAnswers(header, fields, issues);
  if (Object.keys(processing).length > 0) profile.processing = processing;
  if (header.some((c) => c.startsWith('q.'))) profile.posture = postureFromQuestionnaire(answers);
  if (issues.length > 0) throw new ValidationError(issues, 'row');
  return profile;
}

/** Where a profile path came from in the CSV, so that an error names the column. */
export function columnOf(path: string): string {
  if (path.startsWith('profile.')) path = path.slice('profile.'.length);
  if (path.startsWith('financialYears[0].turnover.amount')) return 'turnover';
  if (path.startsWith('financialYears[0].turnover.currency')) return 'currency';
  if (path.startsWith('financialYears[0].end')) return 'yearEnd';
  if (path.startsWith('financialYears[0].year')) return 'year';
  if (path.startsWith('financialYears[0].scope')) return 'scope';
  if (path.startsWith('financialYears[0].employees')) return 'employees';
  if (path.startsWith('financialYears')) return 'turnover';
  if (path.startsWith('establishments')) return 'country';
  if (path.startsWith('roles')) return 'roles';
  if (path.startsWith('services')) return 'services';
  if (path.startsWith('processing.')) return `p.${path.slice('processing.'.length).split(/[.[]/)[0]}`;
  return path;
}
