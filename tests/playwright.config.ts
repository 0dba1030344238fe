import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { e2ePort } from './e2e/support/port';

// The config is loaded again in every worker: keep one port and one data folder for the run.
process.env.E2E_PORT ||= String(await e2ePort());
process.env.E2E_DATA_DIR ||= mkdtempSync(path.join(tmpdir(), 'cunglam-e2e-'));
// The pid files of the servers tests start themselves (support/app-server.ts), for the teardown.
process.env.CUNGLAM_PID_DIR ||= mkdtempSync(path.join(tmpdir(), 'cunglam-e2e-pids-'));
// A data folder as a fresh server leaves it, filled once by the global setup: the servers tests
// start themselves (support/app-server.ts) begin from a copy instead of migrating and seeding.
process.env.E2E_OWN_SERVER_TEMPLATE ||= mkdtempSync(path.join(tmpdir(), 'cunglam-e2e-template-'));
export const seedPassword = 'e2e-mat-khau';

export default defineConfig({
	testDir: './e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: '../test-results',
	// A safety net: servers of a worker that died before its own cleanup.
	globalSetup: './global-setup.ts',
	globalTeardown: './global-teardown.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${process.env.E2E_PORT}`,
		launchOptions: chromiumLaunchOptions(),
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		serviceWorkers: 'allow',
		trace: 'retain-on-failure'
	},
	webServer: {
		// The real production server, on a free port and a throw-away PGlite folder.
		command: 'node build',
		cwd: '..',
		url: `http://127.0.0.1:${process.env.E2E_PORT}/api/trpc/system.health`,
		reuseExistingServer: false,
		timeout: 90_000,
		stdout: 'pipe',
		stderr: 'pipe',
		env: {
			PORT: process.env.E2E_PORT,
			HOST: '127.0.0.1',
			DATA_DIR: process.env.E2E_DATA_DIR,
			SEED_PASSWORD: seedPassword,
			BODY_SIZE_LIMIT: '30M'
		}
	}
});
