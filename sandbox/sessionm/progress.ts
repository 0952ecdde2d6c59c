import type {
  BehaviorProgressRecord,
  BehaviorRecord,
  CampaignRecord,
  GoalRecord,
  ParticipationRecord,
  UserRecord,
} from './state.js';
import { isQualified } from './targeting.js';

/** The customer states the progress endpoints document. */
export type CustomerState = 'qualified' | 'not_qualified' | 'opted_in' | 'opted_out' | 'in_progress' | 'completed';

/** One Events API submission as the simulator applies it to a behavior. */
export interface BehaviorEvent {
  count: number;
  /** Picks the goal of a composite behavior; the first unfinished goal otherwise. */
  eventName?: string;
  /** Unique behaviors count each key once. */
  uniqueKey?: string;
}

const DAY_MS = 86_400_000;

/** The customer's record for one behavior, created empty on first use. */
export function behaviorProgressOf(
  participation: ParticipationRecord,
  behavior: BehaviorRecord,
): BehaviorProgressRecord {
  let record = participation.behaviors.get(behavior.id);
  if (record === undefined) {
    record = { counts: {}, achieved: 0, achievedAt: [], lastCountedAt: null, uniqueKeys: [] };
    participation.behaviors.set(behavior.id, record);
  }
  return record;
}

function requiredGoals(behavior: BehaviorRecord): GoalRecord[] {
  const required = behavior.goals.filter((goal) => goal.required);
  return required.length > 0 ? required : behavior.goals;
}

/** Events needed for one achievement. */
export function goalOf(behavior: BehaviorRecord): number {
  return requiredGoals(behavior).reduce((sum, goal) => sum + goal.count, 0);
}

/** Events counted toward the next achievement (or the goal, once achieved and idle). */
export function currentCount(behavior: BehaviorRecord, record: BehaviorProgressRecord | undefined): number {
  if (record === undefined) return 0;
  const counted = requiredGoals(behavior).reduce(
    (sum, goal) => sum + Math.min(record.counts[goal.eventName] ?? 0, goal.count),
    0,
  );
  return counted === 0 && record.achieved > 0 ? goalOf(behavior) : counted;
}

function refusesEvent(behavior: BehaviorRecord, record: BehaviorProgressRecord, now: Date, key?: string): boolean {
  if (behavior.maxTimesRepeatable !== null && record.achieved >= behavior.maxTimesRepeatable) return true;
  if (behavior.maxTimesRepeatablePerPeriod !== null && behavior.period !== null) {
    const since = now.getTime() - behavior.period * 1000;
    const inPeriod = record.achievedAt.filter((at) => at.getTime() > since).length;
    if (inPeriod >= behavior.maxTimesRepeatablePerPeriod) return true;
  }
  const last = record.lastCountedAt;
  if (last !== null && behavior.minTimeBetweenEvents !== null) {
    if (now.getTime() - last.getTime() < behavior.minTimeBetweenEvents * 1000) return true;
  }
  if (
    behavior.consecutive &&
    last !== null &&
    Math.floor(last.getTime() / DAY_MS) === Math.floor(now.getTime() / DAY_MS)
  ) {
    return true;
  }
  return behavior.type === 'unique' && key !== undefined && record.uniqueKeys.includes(key);
}

function pickGoal(
  behavior: BehaviorRecord,
  record: BehaviorProgressRecord,
  eventName?: string,
): GoalRecord | undefined {
  const named = behavior.goals.find((goal) => goal.eventName === eventName);
  if (eventName !== undefined) return named;
  return requiredGoals(behavior).find((goal) => (record.counts[goal.eventName] ?? 0) < goal.count) ?? behavior.goals[0];
}

/** Applies events to a behavior under its repeatability, period, spacing and consecutive-day rules; returns how many counted. */
export function applyEvents(
  behavior: BehaviorRecord,
  record: BehaviorProgressRecord,
  event: BehaviorEvent,
  now: Date,
): number {
  let counted = 0;
  for (let index = 0; index < event.count; index += 1) {
    if (refusesEvent(behavior, record, now, event.uniqueKey)) continue;
    const goal = pickGoal(behavior, record, event.eventName);
    if (goal === undefined) continue;
    const last = record.lastCountedAt;
    if (
      behavior.consecutive &&
      last !== null &&
      Math.floor(now.getTime() / DAY_MS) - Math.floor(last.getTime() / DAY_MS) > 1
    ) {
      record.counts = {};
    }
    if (event.uniqueKey !== undefined) record.uniqueKeys.push(event.uniqueKey);
    record.counts[goal.eventName] = Math.min((record.counts[goal.eventName] ?? 0) + 1, goal.count);
    record.lastCountedAt = now;
    counted += 1;
    if (requiredGoals(behavior).every((required) => (record.counts[required.eventName] ?? 0) >= required.count)) {
      record.achieved += 1;
      record.achievedAt.push(now);
      record.counts = {};
    }
  }
  return counted;
}

/** The customer's state in a campaign, derived from targeting, opt-in and behavior progress. */
export function customerState(
  campaign: CampaignRecord,
  user: UserRecord,
  participation: ParticipationRecord,
): CustomerState {
  if (!isQualified(campaign, user)) return 'not_qualified';
  if (participation.optedIn === false) return 'opted_out';
  const records = campaign.behaviors.map((behavior) => participation.behaviors.get(behavior.id));
  if (records.length > 0 && records.every((record) => record !== undefined && record.achieved > 0)) return 'completed';
  if (
    records.some((record) => record !== undefined && (record.achieved > 0 || Object.keys(record.counts).length > 0))
  ) {
    return 'in_progress';
  }
  return participation.optedIn === true ? 'opted_in' : 'qualified';
}

/** The documented "Behaviors Array" item. */
export function behaviorProgressList(campaign: CampaignRecord, participation: ParticipationRecord) {
  return campaign.behaviors.map((behavior) => ({
    behavior_id: behavior.id,
    external_behavior_id: behavior.externalId,
    event_name: behavior.eventName,
    name: behavior.name,
    progress: currentCount(behavior, participation.behaviors.get(behavior.id)),
    goal: goalOf(behavior),
  }));
}

function rules(behavior: BehaviorRecord) {
  return {
    max_times_repeatable: behavior.maxTimesRepeatable,
    max_times_repeatable_per_period: behavior.maxTimesRepeatablePerPeriod,
    period: behavior.period,
    min_time_between_events: behavior.minTimeBetweenEvents,
    consecutive: behavior.consecutive,
  };
}

/** The v1 "Behaviors Object", keyed by behavior name, with its goals and groups. */
export function behaviorsObjectV1(campaign: CampaignRecord, participation: ParticipationRecord) {
  const entries = campaign.behaviors.map((behavior) => {
    const record = participation.behaviors.get(behavior.id);
    const achieved = record?.achieved ?? 0;
    const countOf = (goal: GoalRecord) => Math.min(record?.counts[goal.eventName] ?? 0, goal.count);
    const goalDone = (goal: GoalRecord) => achieved > 0 || countOf(goal) >= goal.count;
    const goals = Object.fromEntries(
      behavior.goals.map((goal) => [
        goal.eventName,
        {
          type: 'goal',
          points: goal.points,
          completed: goalDone(goal),
          required: goal.required,
          earn_count: goal.count,
          group_id: goal.groupId,
          progress: {
            event_name: goal.eventName,
            type: 'count',
            points: goal.points,
            ...rules(behavior),
            achieved,
            current_count: countOf(goal),
            total_count: goal.count,
          },
        },
      ]),
    );
    const groupIds = [...new Set(behavior.goals.map((goal) => goal.groupId))];
    const groups = Object.fromEntries(
      groupIds.map((groupId) => {
        const members = behavior.goals.filter((goal) => goal.groupId === groupId);
        const done = members.filter(goalDone).length;
        const required = members.filter((goal) => goal.required).length;
        return [
          groupId,
          {
            type: 'group',
            current_count: done,
            total_count: required,
            num_goals: members.length,
            completed: done >= required,
          },
        ];
      }),
    );
    const body = { external_behavior_id: behavior.externalId, type: behavior.type, points: behavior.points, achieved };
    return [behavior.name.toLowerCase(), { ...body, ...rules(behavior), goals, groups }];
  });
  return Object.fromEntries(entries);
}

/** The v2 flat behaviors object, keyed by behavior name. */
export function behaviorsObjectV2(campaign: CampaignRecord, participation: ParticipationRecord) {
  return Object.fromEntries(
    campaign.behaviors.map((behavior) => {
      const record = participation.behaviors.get(behavior.id);
      const view = {
        event_name: behavior.eventName,
        type: behavior.type,
        points: behavior.points,
        ...rules(behavior),
        achieved: record?.achieved ?? 0,
        current_count: currentCount(behavior, record),
        total_count: goalOf(behavior),
      };
      return [behavior.name.toLowerCase(), view];
    }),
  );
}
