// `npm test` must leave no process behind (issue 14): every process it starts carries the run's
// marker in its environment (children inherit it), so whatever still carries it after the runs is
// an orphan of this run — never another run's or another engineer's server on the same machine.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { runMarkerVariable } from './server-process.js';

/** @typedef {{ pid: number, command: string, ports: number[] }} Leftover */

/** @param {string} file */
function read(file) {
	try {
		return readFileSync(file);
	} catch {
		return undefined;
	}
}

/** Socket inodes listening on TCP (v4 and v6), with their ports, from /proc/net. */
function listeningSockets() {
	/** @type {Map<string, number>} */
	const ports = new Map();
	for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
		const lines = read(table)?.toString().split('\n').slice(1) ?? [];
		for (const line of lines) {
			const fields = line.trim().split(/\s+/);
			// st 0A is LISTEN; local address is HEX_IP:HEX_PORT; field 9 is the inode.
			if (fields[3] !== '0A') continue;
			const port = parseInt(fields[1]?.split(':').pop() ?? '', 16);
			if (fields[9]) ports.set(fields[9], port);
		}
	}
	return ports;
}

/** @param {number} pid @param {Map<string, number>} sockets */
function portsOf(pid, sockets) {
	/** @type {number[]} */
	const ports = [];
	let fds = [];
	try {
		fds = readdirSync(`/proc/${pid}/fd`);
	} catch {
		return ports;
	}
	for (const fd of fds) {
		try {
			const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
			const port = match && sockets.get(match[1] ?? '');
			if (port) ports.push(port);
		} catch {
			// closed meanwhile
		}
	}
	return ports;
}

/**
 * Processes whose environment carries `marker` (this run's id), except `exclude` (the runner
 * itself and its ancestors carry it too).
 * @param {string} marker
 * @param {number[]} [exclude]
 * @returns {Leftover[]}
 */
export function findLeftovers(marker, exclude = [process.pid]) {
	const wanted = `${runMarkerVariable}=${marker}`;
	const sockets = listeningSockets();
	/** @type {Leftover[]} */
	const found = [];
	for (const entry of readdirSync('/proc')) {
		const pid = Number(entry);
		if (!Number.isInteger(pid) || exclude.includes(pid)) continue;
		const environ = read(`/proc/${pid}/environ`);
		if (!environ || !environ.toString().split('\0').includes(wanted)) continue;
		const stat = read(`/proc/${pid}/stat`)?.toString() ?? '';
		// A zombie has exited already; its parent only has not read its status yet.
		if (/\) Z /.test(stat)) continue;
		const command = (read(`/proc/${pid}/cmdline`)?.toString() ?? '').split('\0').join(' ').trim();
		found.push({ pid, command, ports: portsOf(pid, sockets) });
	}
	return found;
}

/**
 * Kills the leftovers (their process groups too) and waits until they are gone.
 * @param {Leftover[]} leftovers
 */
export async function killLeftovers(leftovers) {
	for (const { pid } of leftovers) {
		for (const target of [-pid, pid]) {
			try {
				process.kill(target, 'SIGKILL');
			} catch {
				// gone already, or not a group leader
			}
		}
	}
	for (let i = 0; i < 50; i++) {
		const still = leftovers.filter(({ pid }) => {
			const stat = read(`/proc/${pid}/stat`)?.toString();
			return stat !== undefined && !/\) Z /.test(stat);
		});
		if (still.length === 0) return;
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** @param {Leftover[]} leftovers */
export function describeLeftovers(leftovers) {
	return leftovers
		.map(
			({ pid, command, ports }) =>
				`  pid ${pid}: ${command.slice(0, 120)}${ports.length ? ` (listening on ${ports.join(', ')})` : ''}`
		)
		.join('\n');
}
