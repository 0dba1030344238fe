import type { Issue } from '$lib/domain/validation';

/** aria-describedby for an input: its hint, then its messages. */
export function describedBy(id: string, hasHint: boolean, issues: Issue[]): string | undefined {
	const ids = [
		hasHint ? `${id}-hint` : '',
		issues.some((i) => i.severity === 'error') ? `${id}-error` : '',
		issues.some((i) => i.severity === 'warning') ? `${id}-warning` : ''
	].filter(Boolean);
	return ids.length ? ids.join(' ') : undefined;
}

export const hasError = (issues: Issue[]) => issues.some((i) => i.severity === 'error');
