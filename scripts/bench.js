// npm run bench [-- NAME]: runs every bench/*.bench.ts (or those whose name contains NAME).
// Each prints its figures as lines `BENCH <name> <value> <unit>`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const filter = process.argv[2];
const groups = readdirSync('bench')
	.filter((f) => f.endsWith('.bench.ts'))
	.map((f) => f.replace(/\.bench\.ts$/, ''))
	.filter((name) => !filter || name.includes(filter))
	.sort();

if (groups.length === 0) {
	console.error(`No benchmark group matches "${filter}".`);
	process.exit(1);
}
// tsx resolves `$lib/...` through the paths of SvelteKit's generated tsconfig, which a fresh
// checkout has only after `svelte-kit sync` (npm install's prepare step runs it too).
if (!existsSync('.svelte-kit/tsconfig.json')) {
	spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit' });
}
let failed = 0;
for (const group of groups) {
	console.log(`# ${group}`);
	const result = spawnSync('npx', ['tsx', `bench/${group}.bench.ts`], { stdio: 'inherit' });
	if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
