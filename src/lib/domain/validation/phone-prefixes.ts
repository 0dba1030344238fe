/**
 * Known Vietnamese mobile prefixes (first three digits of the 10-digit form). Others exist and
 * networks add new ones: this is data to correct, not a rule of law.
 *
 * Sources: DOMAIN.md [sec] for the list after the 2018 conversion; the mobile ranges of Google's
 * libphonenumber metadata for VN (PhoneNumberMetadata.xml, 2024) and the operators' published
 * prefixes add 052 (Vietnamobile), 055 (Wintel, formerly Reddi) and 099 (Gmobile) [sec].
 */
export const mobilePrefixes = [
	// Viettel
	'032',
	'033',
	'034',
	'035',
	'036',
	'037',
	'038',
	'039',
	// Vietnamobile, Wintel, Gmobile
	'052',
	'055',
	'056',
	'058',
	'059',
	// MobiFone
	'070',
	'076',
	'077',
	'078',
	'079',
	// VinaPhone, Itelecom, Viettel, MobiFone
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
	'098',
	'099'
] as const satisfies readonly string[];

/**
 * The 11-digit prefixes retired in 2018 and the 10-digit prefix each became (Ministry of
 * Information and Communications, Decision 798/QĐ-BTTTT of 2017; switched between 15 September
 * and 15 November 2018). The last seven
 * digits stay the same: 0168 123 4567 became 038 123 4567. People still write the old numbers
 * from memory and on old papers.
 */
export const retiredMobilePrefixes = {
	// Viettel
	'0162': '032',
	'0163': '033',
	'0164': '034',
	'0165': '035',
	'0166': '036',
	'0167': '037',
	'0168': '038',
	'0169': '039',
	// MobiFone
	'0120': '070',
	'0121': '079',
	'0122': '077',
	'0126': '076',
	'0128': '078',
	// VinaPhone
	'0123': '083',
	'0124': '084',
	'0125': '085',
	'0127': '081',
	'0129': '082',
	// Vietnamobile
	'0186': '056',
	'0188': '058',
	// Gmobile
	'0199': '059'
} as const satisfies Record<string, (typeof mobilePrefixes)[number]>;
