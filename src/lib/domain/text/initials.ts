import { toNfc } from './normalize';

/**
 * Masked initials for the draft list on a shared PC: "Nguyễn Thị Lan" → "N. T. L.". Enough for a
 * citizen to recognise their own draft, too little to identify them (DESIGN.md).
 */
export function maskedInitials(fullName: string): string {
	return toNfc(fullName)
		.split(/\s+/u)
		.map((word) => word.match(/\p{L}/u)?.[0])
		.filter((letter): letter is string => Boolean(letter))
		.map((letter) => `${letter.toLocaleUpperCase('vi')}.`)
		.join(' ');
}
