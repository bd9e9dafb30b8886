/** The Arab League's members (ISO 3166-1 alpha-2): their people's names are Arabic words; others' are transliterated. */
export const ARAB_COUNTRIES: ReadonlySet<string> = new Set('AE BH DZ DJ EG IQ JO KM KW LB LY MA MR OM PS QA SA SO SD SY TN YE'.split(' '));
