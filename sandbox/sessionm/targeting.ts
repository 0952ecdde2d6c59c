import type { CampaignRecord, UserRecord } from './state.js';

/** Operators a field condition may use; `$and`, `$in` and `$not` are the documented ones. */
const FIELD_OPERATORS = new Set(['$in', '$nin', '$not', '$all', '$eq', '$ne', '$exists']);
const LOGICAL_OPERATORS = new Set(['$and', '$or', '$nor']);

/** The document a targeting query is evaluated against. */
function subjectOf(user: UserRecord): Record<string, unknown> {
  return { user: { id: user.id, external_id: user.externalId, tags: user.tags } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolve(subject: Record<string, unknown>, path: string): unknown {
  let current: unknown = subject;
  for (const part of path.split('.')) current = isObject(current) ? current[part] : undefined;
  return current;
}

function equals(actual: unknown, expected: unknown): boolean {
  return Array.isArray(actual) ? actual.includes(expected) : actual === expected;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function matchCondition(actual: unknown, condition: unknown): boolean {
  if (!isObject(condition)) return equals(actual, condition);
  return Object.entries(condition).every(([operator, operand]) => {
    switch (operator) {
      case '$in':
        return listOf(operand).some((value) => equals(actual, value));
      case '$nin':
        return !listOf(operand).some((value) => equals(actual, value));
      case '$all':
        return listOf(operand).every((value) => equals(actual, value));
      case '$not':
        return !matchCondition(actual, operand);
      case '$eq':
        return equals(actual, operand);
      case '$ne':
        return !equals(actual, operand);
      case '$exists':
        return (actual !== undefined && actual !== null) === Boolean(operand);
      default:
        return false;
    }
  });
}

function matchQuery(subject: Record<string, unknown>, query: Record<string, unknown>): boolean {
  return Object.entries(query).every(([key, value]) => {
    if (key === '$and') return listOf(value).every((part) => isObject(part) && matchQuery(subject, part));
    if (key === '$or') return listOf(value).some((part) => isObject(part) && matchQuery(subject, part));
    if (key === '$nor') return !listOf(value).some((part) => isObject(part) && matchQuery(subject, part));
    return matchCondition(resolve(subject, key), value);
  });
}

/** Whether the campaign's ad-bundle targeting admits the customer; no targeting admits everyone. */
export function isQualified(campaign: CampaignRecord, user: UserRecord): boolean {
  return campaign.targeting === null || matchQuery(subjectOf(user), campaign.targeting);
}

/** Why a targeting query cannot be stored, or undefined when it is well formed. */
export function targetingProblem(query: unknown, at = 'targeting'): string | undefined {
  if (!isObject(query)) return `${at} must be an object`;
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('$')) {
      if (!LOGICAL_OPERATORS.has(key)) return `${at} uses unknown operator ${key}`;
      if (!Array.isArray(value)) return `${at}.${key} must be an array`;
      for (const [index, part] of value.entries()) {
        const problem = targetingProblem(part, `${at}.${key}[${index}]`);
        if (problem !== undefined) return problem;
      }
    } else if (isObject(value)) {
      const problem = conditionProblem(value, `${at}.${key}`);
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

function conditionProblem(condition: Record<string, unknown>, at: string): string | undefined {
  for (const [operator, operand] of Object.entries(condition)) {
    if (!FIELD_OPERATORS.has(operator)) return `${at} uses unknown operator ${operator}`;
    if (['$in', '$nin', '$all'].includes(operator) && !Array.isArray(operand))
      return `${at}.${operator} must be an array`;
    if (operator === '$not') {
      if (!isObject(operand)) return `${at}.$not must be an object`;
      const problem = conditionProblem(operand, `${at}.$not`);
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}
