/**
 * Known Vietnamese mobile prefixes (first three digits of the 10-digit form). Others exist and
 * networks add new ones: this is data to correct, not a rule of law. Source: DOMAIN.md [sec].
 */
export const mobilePrefixes = [
	'032',
	'033',
	'034',
	'035',
	'036',
	'037',
	'038',
	'039',
	'056',
	'058',
	'059',
	'070',
	'076',
	'077',
	'078',
	'079',
	'081',
	'082',
	'083',
	'084',
	'085',
	'086',
	'087',
	'088',
	'089',
	'090',
	'091',
	'092',
	'093',
	'094',
	'096',
	'097',
	'098'
] as const satisfies readonly string[];
