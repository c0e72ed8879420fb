import registry from '../../data/enforcement/authorities.json';

/** An authority whose fines the dataset holds: its own domains and those of the courts on appeal. */
export interface Authority {
  /** "FR-CNIL": the country and a short name. */
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2, or "EU" for the Commission. */
  readonly country: string;
  /** The domains the authority publishes on. */
  readonly domains: readonly string[];
  /** The domains of the courts and appeal bodies whose judgments on its fines a record may cite. */
  readonly courts: readonly string[];
}

/** The EDPB's register of one-stop-shop decisions and the Court of Justice: accepted for every authority. */
export const SHARED_SOURCE_DOMAINS: readonly string[] = /* @__PURE__ */ Object.freeze([
  ...registry.shared.domains,
]);

const AUTHORITIES: readonly Authority[] = /* @__PURE__ */ Object.freeze(
  registry.authorities.map((a) =>
    Object.freeze({ ...a, domains: Object.freeze([...a.domains]), courts: Object.freeze([...a.courts]) }),
  ),
);

const BY_ID = new Map(AUTHORITIES.map((a) => [a.id, a]));

/** Every authority of the dataset. */
export function authorities(): readonly Authority[] {
  return AUTHORITIES;
}

/** The authority with that id, or undefined. */
export function authorityById(id: string): Authority | undefined {
  return BY_ID.get(id);
}

/** Whether a URL is on the authority's own domain, a court's on its fines, or the shared ones. */
export function isOwnSource(authority: Authority, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const allowed = [...authority.domains, ...authority.courts, ...SHARED_SOURCE_DOMAINS];
  return allowed.some((d) => host === d || host.endsWith(`.${d}`));
}
