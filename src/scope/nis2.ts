import { profileOnDateArgs } from '../core/arguments.js';
import { parseInput } from '../core/validation.js';
import { classifyNis2Entity, type Nis2Classification } from '../law/nis2/rules/entity-class.js';
import { parseProfile } from '../profile/parse.js';

export type { Nis2Classification, Nis2EntityClass } from '../law/nis2/rules/entity-class.js';

/** Essential, important or out of scope under NIS2 on `asOf`, with the reasons. */
export function nis2Entity(input: unknown): Nis2Classification {
  const { profile, asOf, fx } = parseInput(profileOnDateArgs, input, 'nis2Entity arguments');
  return classifyNis2Entity(parseProfile(profile), asOf, fx);
}
