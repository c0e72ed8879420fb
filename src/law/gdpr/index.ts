export {
  type ArticleCoverage,
  GDPR_FINEABLE_ARTICLES,
  gdprProvisionForArticle,
  type ResolvedArticle,
} from './articles.js';
export {
  GDPR_83_4,
  GDPR_83_5,
  GDPR_83_6,
  GDPR_FINE_PROVISIONS,
  LINKED_PROCESSING_RULE,
  PUBLIC_AUTHORITIES_RULE,
} from './fines.js';
export { GDPR_ACT, gdpr, UNDERTAKING_CITATIONS } from './regulation.js';
