// Every server a test, a benchmark or the fuzz run starts goes through here, so that it is
// stopped when the run ends whatever the outcome (issue 14): it runs in its own process group
// (detached), is killed by group on exit and on signals, and leaves a pid file that a Playwright
// globalTeardown or `npm test` can use as a safety net.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Marks every process of one `npm test` run (children inherit it): what still carries it after
 * the run is an orphan of that run, never another engineer's server.
 */
export const runMarkerVariable = 'CUNGLAM_TEST_RUN';

/** Where this run's pid files go: one folder per run, so a teardown kills only its own servers. */
const ownPidDirectory = path.join(tmpdir(), `cunglam-pids-${process.pid}`);

export function pidDirectory() {
	process.env.CUNGLAM_PID_DIR ||= ownPidDirectory;
	mkdirSync(process.env.CUNGLAM_PID_DIR, { recursive: true });
	return process.env.CUNGLAM_PID_DIR;
}

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
let exitHooked = false;

/** @param {number} pid @param {NodeJS.Signals} signal */
function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch {
		// The group is gone already.
	}
}

function hookExit() {
	if (exitHooked) return;
	exitHooked = true;
	// 'exit' handlers must be synchronous: SIGKILL the groups, no waiting.
	process.on('exit', () => {
		for (const child of running) if (child.pid) killGroup(child.pid, 'SIGKILL');
		// This process's own folder goes when it is empty; a shared one (Playwright's) stays.
		if (process.env.CUNGLAM_PID_DIR === ownPidDirectory) {
			try {
				rmdirSync(ownPidDirectory);
			} catch {
				// not empty: the pid files of servers killed just now, for the teardown to check
			}
		}
	});
	for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
		process.once(signal, () => {
			for (const child of running) if (child.pid) killGroup(child.pid, 'SIGKILL');
			process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
		});
	}
}

/**
 * Starts `node build` (or `command`) in a process group of its own.
 * @param {{ cwd: string, env: Record<string, string | undefined>, command?: string[],
 *   stdio?: import('node:child_process').StdioOptions }} options
 */
export function spawnServer({ cwd, env, command = ['node', 'build'], stdio = 'ignore' }) {
	hookExit();
	const [file, ...args] = command;
	// A variable given as undefined is removed, not passed on from this process.
	const merged = Object.fromEntries(
		Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined)
	);
	const child = spawn(/** @type {string} */ (file), args, {
		cwd,
		env: merged,
		stdio,
		detached: true
	});
	if (!child.pid) throw new Error(`could not start ${command.join(' ')}`);
	running.add(child);
	const pidFile = path.join(pidDirectory(), `${child.pid}.pid`);
	writeFileSync(pidFile, JSON.stringify({ pid: child.pid, cwd, command }));
	child.once('exit', () => {
		running.delete(child);
		rmSync(pidFile, { force: true });
	});
	return child;
}

/**
 * Stops a server started by spawnServer and everything it started; resolves once it exited.
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} [signal]
 * @param {number} [graceMs] after which SIGKILL follows a gentler signal
 */
export async function stopServer(child, signal = 'SIGTERM', graceMs = 5_000) {
	if (!child.pid || child.exitCode !== null || child.signalCode !== null) {
		if (child.pid) killGroup(child.pid, 'SIGKILL');
		return;
	}
	const exited = new Promise((resolve) => child.once('exit', resolve));
	killGroup(child.pid, signal);
	const timer =
		signal === 'SIGKILL'
			? undefined
			: setTimeout(() => killGroup(child.pid ?? 0, 'SIGKILL'), graceMs);
	await exited;
	clearTimeout(timer);
	// Grandchildren of the group (none today) must not outlive it either.
	killGroup(child.pid, 'SIGKILL');
}

/** @param {number} pid */
function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/**
 * The safety net: kills the groups of servers whose pid files remain in this run's folder (a
 * worker that crashed before its cleanup). Answers the pids it killed.
 */
export function killRecordedServers(directory = pidDirectory()) {
	/** @type {number[]} */
	const killed = [];
	let files = [];
	try {
		files = readdirSync(directory).filter((f) => f.endsWith('.pid'));
	} catch {
		return killed;
	}
	for (const file of files) {
		const pidFile = path.join(directory, file);
		try {
			const { pid } = JSON.parse(readFileSync(pidFile, 'utf8'));
			if (typeof pid === 'number' && alive(pid)) {
				killGroup(pid, 'SIGKILL');
				killed.push(pid);
			}
		} catch {
			// A half-written file: nothing to kill.
		}
		rmSync(pidFile, { force: true });
	}
	return killed;
}
