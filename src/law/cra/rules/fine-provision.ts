import { NotInForceError } from '../../../core/errors.js';
import type { Trace } from '../../../core/steps.js';
import {
  type InfringementContext,
  type MappedInfringement,
  type NotFinable,
  notFinable,
} from '../../act-module.js';
import { readArticleReference } from '../../article-reference.js';
import type { CommonFacts } from '../../facts/company.js';
import { craApplication } from '../application.js';
import type { CraFacts } from '../facts.js';
import { EXEMPTIONS_CITATION } from '../fines.js';

/** The early warnings of Art. 14(2)(a) and 14(4)(a), whose missed deadline Art. 64(10)(a) does not fine for micro and small enterprises. */
function isEarlyWarning(reference: { article: number; subdivisions: readonly string[] }): boolean {
  const [paragraph, point] = reference.subdivisions;
  return reference.article === 14 && (paragraph === '2' || paragraph === '4') && point === 'a';
}

/**
 * CRA: an obligation cannot be infringed before its article applies (Art. 71(2)); open-source
 * software stewards are never fined, nor micro and small manufacturers for a missed 24-hour early
 * warning (Art. 64(10)). The provision stays the one Art. 64's map gives.
 */
export function craProvisionFor(
  resolved: MappedInfringement,
  company: CommonFacts & CraFacts,
  context: InfringementContext,
  steps: Trace[],
): string | NotFinable {
  const reference = readArticleReference(resolved.input);
  const article = reference?.article ?? Number.NaN;
  const application = craApplication(article);
  if (context.asOf < application.from)
    throw new NotInForceError(
      `${resolved.article} (${application.part}; Art. 71(2))`,
      context.asOf,
      application.from,
      null,
    );

  const roles = company.craRoles;
  if (roles?.length && roles.every((r) => r === 'open-source software steward'))
    return notFinable(
      `the company is an open-source software steward: Art. 64(10)(b) excludes the administrative fines of Art. 64(2) to (4) for any infringement by stewards`,
    );
  if (roles?.includes('open-source software steward'))
    steps.push({
      id: 'cra.steward',
      value: 'also a steward',
      citation: EXEMPTIONS_CITATION,
      severity: 'warning',
    });

  if (reference && isEarlyWarning(reference)) {
    const size = context.size();
    if (size.category === 'micro' || size.category === 'small')
      return notFinable(
        `a ${size.category} enterprise on ${context.asOf}: Art. 64(10)(a) excludes administrative fines on micro and small manufacturers for a missed early-warning deadline of Art. 14(2)(a) or 14(4)(a)`,
      );
    if (size.category === null)
      steps.push({
        id: 'cra.art-64-10-a',
        value: 'size unknown',
        citation: EXEMPTIONS_CITATION,
        severity: 'warning',
      });
  }
  steps.push({
    id: 'cra.provision',
    value: application.from,
    citation: application.citation,
    inputs: Object.freeze({ article: resolved.article, part: application.part, from: application.from }),
  });
  return resolved.provision;
}
