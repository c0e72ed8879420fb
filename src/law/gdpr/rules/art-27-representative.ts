import type { RuleAnswer } from '../../rule-answer.js';
import type { GdprCompany } from '../facts.js';
import { gdpr } from '../regulation.js';
import type { territorialScope } from './art-3-territorial-scope.js';
import { field } from './processing-facts.js';

const ART_27_2 = /* @__PURE__ */ gdpr(
  'Art. 27(2)',
  'The obligation laid down in paragraph 1 of this Article shall not apply to: (a) processing which is occasional, does not include, on a large scale, processing of special categories of data as referred to in Article 9(1) or processing of personal data relating to criminal convictions and offences referred to in Article 10, and is unlikely to result in a risk to the rights and freedoms of natural persons, taking into account the nature, context, scope and purposes of the processing; or (b) a public authority or body.',
);

/** Art. 27(1)-(2): the representative in the Union of a controller or processor caught by Art. 3(2). */
export function representativeRule(
  profile: GdprCompany,
  scope: ReturnType<typeof territorialScope>,
): RuleAnswer {
  const citation = ART_27_2;
  if (scope.establishedInUnion)
    return {
      holds: false,
      why: 'it is established in the Union: Art. 27 concerns controllers and processors not established there',
      needs: [],
      citation: gdpr('Art. 27(1)'),
    };
  if (profile.publicAuthority)
    return { holds: false, why: 'a public authority or body is exempt (Art. 27(2)(b))', needs: [], citation };
  const p = profile.processing;
  // Art. 27(2)(a) exempts only where all three conditions hold; any one failing keeps the duty.
  const failing: string[] = [];
  if (p.occasional === false) failing.push('the processing is not occasional');
  if (p.largeScaleSpecialCategories === true)
    failing.push('it includes large-scale processing of special categories or criminal-offence data');
  if (p.likelyToResultInRisk === true) failing.push('it is likely to result in a risk');
  if (failing.length > 0)
    return {
      holds: true,
      why: `not established in the Union and caught by Art. 3(2); the exemption of Art. 27(2)(a) does not apply: ${failing.join(', ')}`,
      needs: [],
      citation,
    };
  const missing = (['occasional', 'largeScaleSpecialCategories', 'likelyToResultInRisk'] as const)
    .filter((f) => p[f] === undefined)
    .map((f) => field(f));
  if (missing.length > 0)
    return {
      holds: null,
      why: 'not established in the Union and caught by Art. 3(2); whether the exemption of Art. 27(2)(a) applies is not known',
      needs: missing,
      citation,
    };
  return {
    holds: false,
    why: 'the processing is occasional, includes no large-scale special-category or criminal-offence data and is unlikely to result in a risk (Art. 27(2)(a))',
    needs: [],
    citation,
  };
}
