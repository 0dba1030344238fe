import { AppError, type AppErrorCode } from '$lib/errors/app-error';

/**
 * Why a sealed value could not be opened. AES-GCM cannot tell a wrong key from tampered
 * ciphertext, so 'pin_wrong' means "authentication failed"; a caller that has already passed
 * the key check (see makeKeyCheck) knows the key is right and treats it as 'corrupt'.
 */
export type VaultErrorCode = Extract<AppErrorCode, 'pin_wrong' | 'corrupt'>;

export class VaultError extends AppError {
	declare readonly code: VaultErrorCode;
	constructor(code: VaultErrorCode, message: string = code) {
		super(code, message);
		this.name = 'VaultError';
	}
}

export function isVaultError(error: unknown, code?: VaultErrorCode): error is VaultError {
	return error instanceof VaultError && (code === undefined || error.code === code);
}
