import { THREE_MEETINGS, type BookingStatus, type Purpose } from '../../../shared/venues.types';
import { addDays, weekdayOf } from '../../../shared/dates';
import { dayOfWall, wallMinutes, wallNow } from '../../../shared/wall-time';
import type { WriteDb } from '../../db/database';
import { isOpen } from '../../platform/calendar/calendar.service';
import { venuesRepo } from './venues.repo';

/** The demo centre's branches, as its reading room's borrowers name them. */
const BRANCHES: [string, string][] = [
  ['星湖智能制造有限公司', '星湖智能制造有限公司第一党支部'],
  ['星湖智能制造有限公司', '星湖智能制造有限公司第二党支部'],
  ['星湖恒康生物医药有限公司', '星湖恒康生物医药有限公司党支部'],
  ['星湖新能源电池有限公司', '星湖新能源电池有限公司党支部'],
  ['星湖软件信息服务有限公司', '星湖软件信息服务有限公司党支部'],
  ['星湖精密机械有限公司', '星湖精密机械有限公司党支部'],
  ['星湖供应链物流有限公司', '星湖供应链物流有限公司党支部'],
];
const CONTACTS = ['王芳', '李明', '张伟', '刘洋', '陈静', '杨帆', '赵磊'];
const EVENTS: [Purpose, string][] = [
  ['theme_day', '主题党日：重温入党誓词'],
  ['branch_assembly', '支部党员大会'],
  ['branch_committee', '支委会'],
  ['party_group', '党小组学习'],
  ['party_lecture', '党课：学习贯彻党的创新理论'],
  ['study_group', '理论学习中心组学习'],
  ['training', '新入职员工党性教育培训'],
  ['onsite_teaching', '红色书吧现场教学'],
  ['maker_salon', '创客沙龙：智能制造交流'],
  ['volunteer', '志愿服务队培训'],
];
const TOPICS = [
  '学习党的创新理论',
  '学习新修订的《中国共产党纪律处分条例》',
  '开展批评与自我批评',
  '讨论发展党员工作',
];
/** Fixed times each room may hold in a day: apart by more than any room's buffer. */
const SLOTS: [string, string][] = [
  ['09:00', '11:00'],
  ['14:30', '16:30'],
];

/**
 * A small deterministic sequence (mulberry32), so every fresh demo centre has the same bookings.
 * (A plain LCG's low bits repeat within a few draws: the demo had no no-shows and few requests.)
 */
function sequence(seed: number) {
  let a = seed >>> 0;
  const next = (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
  /** One of a list that is never empty. */
  const pick = <T>(list: readonly T[]): T => list[next(list.length)] as T;
  return { next, pick };
}

/**
 * A year of bookings behind the clock and thirty days ahead, in the five demo rooms, for the demo
 * branches: most held and recorded (活动台账), a few cancelled or not turned up to, and a few
 * requests still waiting.
 */
export function seedDemoBookings(db: WriteDb, at: Date): void {
  const repo = venuesRepo(db);
  const venues = repo.venues();
  const { next, pick } = sequence(20_260_301);
  const now = wallNow(at);
  const today = dayOfWall(now);
  let ref = 30_000_000;
  for (let d = -365; d <= 30; d++) {
    const date = addDays(today, d);
    if (!isOpen(db, date)) continue;
    for (const venue of venues) {
      if (!venue.hours.some((h) => h.weekday === weekdayOf(date))) continue;
      for (const [from, to] of SLOTS) {
        if (next(10) >= 3) continue;
        const [purpose, title] = pick(EVENTS);
        if (venue.rules.purposes.length > 0 && !venue.rules.purposes.includes(purpose)) continue;
        const start = wallMinutes(`${date}T${from}`);
        const end = Math.min(wallMinutes(`${date}T${to}`), start + venue.rules.maxMinutes);
        const [company, branch] = pick(BRANCHES);
        const roll = next(20);
        const status: BookingStatus =
          end <= now
            ? roll === 0
              ? 'cancelled'
              : roll === 1
                ? 'no_show'
                : 'completed'
            : d > 0 && d <= 14 && roll < 6
              ? 'requested'
              : 'approved';
        const id = repo.insert({
          ref: String(++ref),
          venue_id: venue.id,
          start_min: start,
          end_min: end,
          title,
          purpose,
          company,
          branch,
          contact_name: pick(CONTACTS),
          contact_phone: `139${String(10_000_000 + next(89_999_999))}`,
          headcount: Math.max(5, Math.min(venue.capacity, 8 + next(40))),
          notes: null,
          status,
          source: status === 'requested' ? 'kiosk' : 'staff',
          created_at: new Date(at.getTime() + (d - 7) * 86_400_000).toISOString(),
          series_id: null,
        });
        // The last week's events are left for venue staff to record, as a desk would find them.
        if (status === 'completed' && d < -7) {
          const meeting = THREE_MEETINGS.includes(purpose);
          repo.saveRecord(
            id,
            {
              attendance: Math.max(3, Math.min(venue.capacity, 6 + next(40))),
              summary: `${branch}${title}，按计划开展，气氛热烈。`,
              topic: meeting ? pick(TOPICS) : null,
              absent: meeting && next(3) === 0 ? pick(CONTACTS) : null,
              photos: [],
            },
            new Date(at.getTime() + d * 86_400_000).toISOString(),
          );
        }
      }
    }
  }
}
