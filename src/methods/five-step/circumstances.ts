/**
 * Art. 83(2) GDPR (and UK GDPR): points (a), (b) and (g) make up the seriousness of the
 * infringement; points (c) to (f) and (h) to (k) are the aggravating and mitigating circumstances
 * weighed after it. Both the EDPB (Guidelines 04/2022, chapters 4.2 and 5) and the ICO (fining
 * guidance, Steps 1 and 4) take each into account once only.
 */
export const SERIOUSNESS_FACTORS = ['a', 'b', 'g'] as const;
export const CIRCUMSTANCE_FACTORS = /* @__PURE__ */ Object.freeze([
  'c',
  'd',
  'e',
  'f',
  'h',
  'i',
  'j',
  'k',
] as const);
export type CircumstanceFactor = (typeof CIRCUMSTANCE_FACTORS)[number];

export const CIRCUMSTANCE_TITLES: Readonly<Record<CircumstanceFactor, string>> = {
  c: 'action taken to mitigate the damage suffered by data subjects',
  d: 'degree of responsibility, taking into account technical and organisational measures',
  e: 'relevant previous infringements',
  f: 'degree of cooperation with the supervisory authority',
  h: 'the manner in which the infringement became known to the supervisory authority',
  i: 'compliance with measures previously ordered',
  j: 'adherence to approved codes of conduct or certification mechanisms',
  k: 'any other aggravating or mitigating factor',
};
