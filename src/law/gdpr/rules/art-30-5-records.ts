import type { IsoDate } from '../../../core/dates.js';
import type { RuleAnswer } from '../../rule-answer.js';
import type { GdprCompany } from '../facts.js';
import { gdpr } from '../regulation.js';
import { latestEmployees } from './headcount.js';
import { field } from './processing-facts.js';

const ART_30_5 = /* @__PURE__ */ gdpr(
  'Art. 30(5)',
  'The obligations referred to in paragraphs 1 and 2 shall not apply to an enterprise or an organisation employing fewer than 250 persons unless the processing it carries out is likely to result in a risk to the rights and freedoms of data subjects, the processing is not occasional, or the processing includes special categories of data as referred to in Article 9(1) or personal data relating to criminal convictions and offences referred to in Article 10.',
);

/** Art. 30(5): the record-keeping exemption for enterprises under 250 persons, and its three exceptions. */
export function recordsRule(profile: GdprCompany, asOf: IsoDate): RuleAnswer {
  const citation = ART_30_5;
  const staff = latestEmployees(profile, asOf);
  if (staff && staff.employees >= 250)
    return {
      holds: true,
      why: `it employs ${staff.employees} persons (financial year ${staff.year}), not fewer than 250: the exemption of Art. 30(5) cannot apply`,
      needs: [],
      citation,
    };
  const p = profile.processing;
  const exceptions: string[] = [];
  if (p.likelyToResultInRisk === true) exceptions.push('the processing is likely to result in a risk');
  if (p.occasional === false) exceptions.push('the processing is not occasional');
  if (p.specialCategories === true) exceptions.push('it includes special categories of data (Art. 9(1))');
  if (p.criminalConvictionsData === true) exceptions.push('it includes criminal-offence data (Art. 10)');
  const size = staff
    ? `it employs ${staff.employees} persons (financial year ${staff.year}), fewer than 250`
    : 'its head count is not known';
  if (exceptions.length > 0)
    return {
      holds: true,
      why: `${size}, but the exemption does not apply: ${exceptions.join('; ')}`,
      needs: [],
      citation,
    };
  const missing = [
    ...(staff ? [] : ['profile.financialYears[].employees']),
    ...(['likelyToResultInRisk', 'occasional', 'specialCategories', 'criminalConvictionsData'] as const)
      .filter((f) => p[f] === undefined)
      .map((f) => field(f)),
  ];
  if (missing.length > 0)
    return {
      holds: null,
      why: `${size}; whether the exemption of Art. 30(5) applies is not known`,
      needs: missing,
      citation,
    };
  return {
    holds: false,
    why: `${size}, and its processing is occasional, unlikely to result in a risk and includes no special-category or criminal-offence data: exempt under Art. 30(5)`,
    needs: [],
    citation,
  };
}
