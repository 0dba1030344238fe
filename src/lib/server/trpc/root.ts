import { attachmentsRouter } from './routers/attachments.router';
import { auditRouter } from './routers/audit.router';
import { authRouter } from './routers/auth.router';
import { calendarRouter } from './routers/calendar.router';
import { coachingRouter } from './routers/coaching.router';
import { dashboardRouter } from './routers/dashboard.router';
import { devicesRouter } from './routers/devices.router';
import { dossiersRouter } from './routers/dossiers.router';
import { notificationsRouter } from './routers/notifications.router';
import { officeRouter } from './routers/office.router';
import { officerRouter } from './routers/officer.router';
import { phonePrefixesRouter } from './routers/phone-prefixes.router';
import { practiceRouter } from './routers/practice.router';
import { procedureAdminRouter } from './routers/procedure-admin.router';
import { proceduresRouter } from './routers/procedures.router';
import { provinceFeesRouter } from './routers/province-fees.router';
import { referenceDataRouter } from './routers/reference-data.router';
import { resumeRouter } from './routers/resume.router';
import { shiftsRouter } from './routers/shifts.router';
import { syncRouter } from './routers/sync.router';
import { systemRouter } from './routers/system.router';
import { unitsRouter } from './routers/units.router';
import { usersRouter } from './routers/users.router';
import { createCallerFactory, createRouter } from './trpc';

export const appRouter = createRouter({
	system: systemRouter,
	auth: authRouter,
	units: unitsRouter,
	procedures: proceduresRouter,
	resume: resumeRouter,
	sync: syncRouter,
	attachments: attachmentsRouter,
	dossiers: dossiersRouter,
	calendar: calendarRouter,
	coaching: coachingRouter,
	dashboard: dashboardRouter,
	shifts: shiftsRouter,
	users: usersRouter,
	officer: officerRouter,
	audit: auditRouter,
	practice: practiceRouter,
	procedureAdmin: procedureAdminRouter,
	office: officeRouter,
	phonePrefixes: phonePrefixesRouter,
	provinceFees: provinceFeesRouter,
	referenceData: referenceDataRouter,
	devices: devicesRouter,
	notifications: notificationsRouter
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
