import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../scripts/chromium.js';

/**
 * A Chromium this test spawned itself on a given profile, so that it can be killed like a crash
 * (SIGKILL, no shutdown, no flush) rather than closed by Playwright.
 */
export type ChromiumProcess = {
	child: ChildProcess;
	browser: Browser;
	page: Page;
	/** Resolves once the browser process has exited. */
	exited: Promise<void>;
	/**
	 * SIGKILL to the browser process, as a crash; its helper processes (renderers, the storage
	 * service) get the same, and this resolves once none of them is left.
	 */
	kill(): Promise<void>;
};

/** Every process started with this profile: the browser and all its helpers. */
function profileProcesses(userDataDir: string): number[] {
	const flag = `--user-data-dir=${userDataDir}`;
	const pids: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			// Helpers rename themselves: their arguments end with a space instead of a NUL.
			const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
			if ([`${flag}\0`, `${flag} `].some((arg) => cmdline.includes(arg)) || cmdline.endsWith(flag))
				pids.push(Number(entry));
		} catch {
			// Gone meanwhile.
		}
	}
	return pids;
}

/**
 * Whether a process still runs. A zombie holds no files and counts as gone, but only once all
 * its threads are gone: the main thread turns zombie while the others are still exiting.
 */
function running(pid: number): boolean {
	try {
		if (readdirSync(`/proc/${pid}/task`).length > 1) return true;
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
	} catch {
		return false;
	}
}

function killPid(pid: number): void {
	try {
		process.kill(pid, 'SIGKILL');
	} catch {
		// Already gone.
	}
}

/** Launches Chromium on `userDataDir` and connects to it over CDP. */
export async function launchChromiumProcess(userDataDir: string): Promise<ChromiumProcess> {
	const { executablePath, args } = chromiumLaunchOptions();
	const child = spawn(
		executablePath,
		[...args, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const stderrStream = child.stderr;
	if (!stderrStream) throw new Error('no stderr pipe');
	const exited = new Promise<void>((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve();
		else child.once('exit', () => resolve());
	});
	const wsEndpoint = await new Promise<string>((resolve, reject) => {
		let stderr = '';
		const timer = setTimeout(() => fail('timed out'), 30_000);
		const onError = (error: Error) => fail(error.message);
		const onExit = (code: number | null, signal: string | null) =>
			fail(`exited with ${signal ?? code}`);
		const onData = (chunk: string) => {
			stderr += chunk;
			const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
			if (match?.[1]) {
				done();
				resolve(match[1]);
			}
		};
		function done() {
			clearTimeout(timer);
			child.off('error', onError);
			child.off('exit', onExit);
			stderrStream.off('data', onData);
		}
		function fail(why: string) {
			done();
			child.kill('SIGKILL');
			reject(new Error(`Chromium did not open DevTools (${why}):\n${stderr}`));
		}
		child.on('error', onError);
		child.on('exit', onExit);
		stderrStream.setEncoding('utf8');
		stderrStream.on('data', onData);
	});
	// Keep draining stderr so a chatty Chromium never blocks on a full pipe.
	stderrStream.resume();

	let browser: Browser | undefined;

	async function kill(): Promise<void> {
		// Playwright must see the contexts close, or it would still stop their traces after the test.
		const closed = (browser?.contexts() ?? []).map(
			(context) => new Promise((resolve) => context.once('close', resolve))
		);
		// The helpers are listed first: a dying process's command line can read as empty.
		const helpers = new Set(profileProcesses(userDataDir));
		if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
			killPid(child.pid);
		}
		await exited;
		// Helpers die on their own once the browser is gone, but not at once: they would keep the
		// profile busy (and could finish work the crash should have cut short).
		for (let i = 0; ; i++) {
			for (const pid of profileProcesses(userDataDir)) helpers.add(pid);
			const left = [...helpers].filter(running);
			if (left.length === 0) break;
			if (i === 200) throw new Error(`Chromium helpers still running on ${userDataDir}`);
			left.forEach(killPid);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		let timer: NodeJS.Timeout | undefined;
		await Promise.race([
			Promise.all(closed),
			new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))
		]);
		clearTimeout(timer);
	}

	try {
		browser = await chromium.connectOverCDP(wsEndpoint);
		const context = browser.contexts()[0] ?? (await browser.newContext());
		const page = context.pages()[0] ?? (await context.newPage());
		return { child, browser, page, exited, kill };
	} catch (error) {
		await kill();
		throw error;
	}
}
