import { communesOf } from './units.service';
export type CommuneOption = { code: string; name: string; fullName: string };
type ListState =
	| { status: 'loading' }
	| { status: 'ready'; communes: CommuneOption[] }
	| { status: 'unavailable' };

/**
 * Communes per province, fetched from the server once per page life. When the server has none
 * (no import yet) or cannot be reached (offline), the address field asks for a typed name.
 */
class CommuneLists {
	private lists = $state<Record<string, ListState>>({});

	/** What is known of a province's list; `load` must have been asked for it (in an effect). */
	get(provinceCode: string): ListState {
		return this.lists[provinceCode] ?? { status: 'loading' };
	}

	/** Starts loading a province's list once; later calls are no-ops. */
	ensure(provinceCode: string): void {
		if (this.lists[provinceCode]) return;
		this.lists[provinceCode] = { status: 'loading' };
		void this.load(provinceCode);
	}

	private async load(provinceCode: string): Promise<void> {
		try {
			const communes = await communesOf(provinceCode);
			this.lists[provinceCode] = communes.length
				? { status: 'ready', communes }
				: { status: 'unavailable' };
		} catch {
			// Offline or server trouble: the typed name is the designed fallback, not an error.
			this.lists[provinceCode] = { status: 'unavailable' };
		}
	}
}

export const communeLists = new CommuneLists();
