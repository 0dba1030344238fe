// npm start: build when needed, then serve the production build (adapter-node) on PORT.
import { buildIfStale } from './build-if-stale.js';

buildIfStale();
process.env.PORT ||= '3000';
// A resume-at-home bundle may be 20 MB (28 MB as base64); the unit list ~300 KB.
process.env.BODY_SIZE_LIMIT ||= '30M';
const database = process.env.DATABASE_URL
	? 'PostgreSQL (DATABASE_URL)'
	: `PGlite (${process.env.DATA_DIR || './data'})`;
console.log(`Cơ sở dữ liệu / database: ${database}`);
await import('../build/index.js');
console.log(`Cùng Làm đang chạy tại / is running at http://localhost:${process.env.PORT}`);
