import type { IsoDate } from '../core/dates.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import type { ActContext } from '../law/act-module.js';
import { computeEnterpriseSize, type EnterpriseSize } from '../law/eu-sme/enterprise-size.js';
import type { CompanyProfile } from './schema.js';

/** What an act's rules are given with a profile: the date, the rates, the enterprise size worked out once. */
export function actContext(profile: CompanyProfile, asOf: IsoDate, fx: ConversionOptions): ActContext {
  let size: EnterpriseSize | undefined;
  return { asOf, fx, size: () => (size ??= computeEnterpriseSize(profile, asOf, fx)) };
}
