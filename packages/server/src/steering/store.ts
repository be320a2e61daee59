// SQL of the steering committee: meetings of a company's projects and their minutes (the PDF
// bytes read only to download one).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import { steeringMeetings, steeringMinutes } from '../platform/db/schema.ts';

export type MeetingRow = typeof steeringMeetings.$inferSelect;

export function meetingsOf(db: Db, projectIds: readonly string[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(steeringMeetings)
    .where(inArray(steeringMeetings.projectId, [...projectIds]))
    .orderBy(asc(steeringMeetings.date), asc(steeringMeetings.createdAt));
}

/** The minutes of these meetings, without their bytes. */
export function minutesOf(db: Db, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: steeringMinutes.id,
      meetingId: steeringMinutes.meetingId,
      fileName: steeringMinutes.fileName,
      size: steeringMinutes.size,
      sha256: steeringMinutes.sha256,
      createdAt: steeringMinutes.createdAt,
    })
    .from(steeringMinutes)
    .where(inArray(steeringMinutes.meetingId, [...meetingIds]))
    .orderBy(asc(steeringMinutes.createdAt));
}

export async function findMeeting(db: Db, id: string) {
  const [row] = await db.select().from(steeringMeetings).where(eq(steeringMeetings.id, id));
  return row;
}

export async function insertMeeting(db: Db, values: typeof steeringMeetings.$inferInsert) {
  const [row] = await db.insert(steeringMeetings).values(values).returning();
  if (!row) throw new Error('insert into steering_meetings returned no row');
  return row;
}

export async function countMinutes(db: Db, meetingId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(steeringMinutes)
    .where(eq(steeringMinutes.meetingId, meetingId));
  return row?.count ?? 0;
}

export async function insertMinutes(db: Db, values: typeof steeringMinutes.$inferInsert) {
  const [row] = await db.insert(steeringMinutes).values(values).returning({
    id: steeringMinutes.id,
    meetingId: steeringMinutes.meetingId,
    fileName: steeringMinutes.fileName,
    size: steeringMinutes.size,
    sha256: steeringMinutes.sha256,
    createdAt: steeringMinutes.createdAt,
  });
  if (!row) throw new Error('insert into steering_minutes returned no row');
  return row;
}

/** One document with its bytes, found through its meeting. */
export async function findMinutes(db: Db, meetingId: string, id: string) {
  const [row] = await db
    .select()
    .from(steeringMinutes)
    .where(and(eq(steeringMinutes.meetingId, meetingId), eq(steeringMinutes.id, id)));
  return row;
}
