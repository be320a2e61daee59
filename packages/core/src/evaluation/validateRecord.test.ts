import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVALUATION_RECORD_SCHEMA_FILE, evaluationRecordJsonSchemaText } from './jsonSchema.ts';
import type { EvaluationRecord } from './recordSchema.ts';
import { readRepoFile, repo, SAMPLE_RECORD, sampleRecord } from './testSupport.testing.ts';
import { parseRecord, validateRecord } from './validateRecord.ts';

const withEvaluation = (change: (record: EvaluationRecord) => void): unknown => {
  const record = sampleRecord();
  change(record);
  return record;
};

describe('the published JSON Schema of evaluation records', () => {
  it('equals the schema generated from the TypeBox model', () => {
    const url = new URL(EVALUATION_RECORD_SCHEMA_FILE, repo);
    // Regenerate with: CERTEVAL_WRITE_SCHEMA=1 npx vitest run packages/core/src/evaluation
    if (process.env.CERTEVAL_WRITE_SCHEMA === '1')
      writeFileSync(url, evaluationRecordJsonSchemaText());
    const published: unknown = JSON.parse(readRepoFile(EVALUATION_RECORD_SCHEMA_FILE));
    expect(published).toEqual(JSON.parse(evaluationRecordJsonSchemaText()));
  });
});

describe('validateRecord', () => {
  it('accepts the sample record of a fictional candidate', () => {
    const result = parseRecord(readRepoFile(SAMPLE_RECORD), { today: '2024-06-30' });
    expect(result.ok && result.value.candidate.company).toBe('Biscuiterie des Trois Vallées');
  });

  it('locates a score of 120 and still checks the rest of the record', () => {
    const input = withEvaluation((r) => {
      const tutor = r.evaluations[1];
      if (tutor?.items[0]) tutor.items[0].percentage = 120;
      if (tutor) tutor.date = '2024-02-30';
    });
    const result = validateRecord(input);
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.path, p.message.en])).toEqual([
      ['score_out_of_range', '$.evaluations[1].items[0].percentage', 'Score 120 outside 0-100.'],
      ['invalid_date', '$.evaluations[1].date', 'No such date: 2024-02-30.'],
    ]);
  });

  it('refuses two results on one item, one item scored twice, and agreed percentages from a member', () => {
    const input = withEvaluation((r) => {
      const member = r.evaluations[3];
      if (!member?.items[0]) return;
      member.items[0].outcome = 'acquis';
      member.items.push({ item: 'R.2', percentage: 50 });
      member.agreed = { OT: 60 };
    });
    const result = validateRecord(input);
    expect(result.ok ? [] : result.problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'item_value $.evaluations[3].items[0]',
      'duplicate_item $.evaluations[3].items[7].item',
      'agreed_not_by_president $.evaluations[3].agreed',
    ]);
  });

  it('refuses an evaluation dated after the day given as today', () => {
    const result = parseRecord(readRepoFile(SAMPLE_RECORD), { today: '2024-06-01' });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      '$.evaluations[3].date',
      '$.evaluations[4].date',
      '$.evaluations[5].date',
    ]);
  });

  it('reports the shape of a record in French and English, with the field at fault', () => {
    const input = withEvaluation((r) => {
      (r.candidate as { accessRoute: string }).accessRoute = 'cpf';
      (r as { certification: unknown }).certification = { id: 'cqp-agc' };
    });
    const result = validateRecord(input);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.path).sort()).toEqual([
      '$.candidate.accessRoute',
      '$.certification.version',
    ]);
    expect(problems.every((p) => p.code === 'schema_violation' && p.message.fr !== '')).toBe(true);
  });

  it('says where a text is not JSON', () => {
    const result = parseRecord('{ "format": ');
    expect(result.ok ? '' : result.problems[0]?.code).toBe('invalid_json');
  });
});
