import type { VariantChange, VariantLine } from '@certeval/core/referential/variant';
import { Badge, Button, Group, Text } from '@mantine/core';
import { type CSSProperties, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNodeTypeLabel } from '../referential/labels.ts';
import { findChange } from './variantDraft.ts';
import { lineNode } from './variantPreview.ts';

export type LineAction = 'rename' | 'annotate' | 'hide' | 'unhide' | 'add' | 'remove';

type ShownStatus = Exclude<VariantLine['status'][number], 'national'>;

// Dark enough for white text (WCAG AA), like the referential's status badges.
const STATUS_COLOURS: Record<ShownStatus, string> = {
  renamed: 'blue.9',
  annotated: 'teal.9',
  hidden: 'gray.7',
  added: 'grape.9',
};

/** The actions a line offers: an added item is the company's own, a hidden one only returns. */
export function actionsOf(line: VariantLine): LineAction[] {
  if (line.status.includes('added')) return ['rename', 'add', 'remove'];
  if (line.status.includes('hidden')) return line.hiddenWith ? [] : ['unhide'];
  return ['rename', 'annotate', 'hide', 'add'];
}

function CompanyText({ line, draft }: { line: VariantLine; draft: VariantChange[] }) {
  const { t } = useTranslation();
  const own = <K extends 'rename' | 'annotate' | 'hide'>(kind: K, status: ShownStatus) =>
    line.status.includes(status) ? findChange(draft, kind, line.code) : undefined;
  const renamed = own('rename', 'renamed');
  const note = own('annotate', 'annotated');
  const hide = own('hide', 'hidden');
  const texts = [
    renamed ? t('variant.companyLabel', { label: renamed.label }) : undefined,
    note ? t('variant.companyNote', { note: note.note }) : undefined,
    line.hiddenWith ? t('variant.hiddenWith', { code: line.hiddenWith }) : undefined,
    hide?.reason ? t('variant.hiddenReason', { reason: hide.reason }) : undefined,
  ].filter((text) => text !== undefined);
  return texts.map((text) => (
    <Text key={text} size="sm" className="variant-company">
      {text}
    </Text>
  ));
}

function LineActions({ line, onAction }: { line: VariantLine; onAction: Props['onAction'] }) {
  const { t } = useTranslation();
  const actions = actionsOf(line);
  if (actions.length === 0) return null;
  return (
    <Group
      gap={4}
      mt={4}
      role="group"
      aria-label={t('variant.actions.group', { code: line.code })}
      className="no-print"
    >
      {actions.map((action) => (
        <Button
          key={action}
          size="compact-xs"
          variant="default"
          aria-label={t(`variant.actions.${action}Item`, { code: line.code })}
          onClick={() => onAction(action, line)}
          data-testid={`action-${action}-${line.code}`}
        >
          {t(`variant.actions.${action}`)}
        </Button>
      ))}
    </Group>
  );
}

type Props = {
  line: VariantLine;
  draft: VariantChange[];
  unsaved: boolean;
  editable: boolean;
  onAction: (action: LineAction, line: VariantLine) => void;
};

/** One item of the adapted tree: code, type, national label, and how the company changed it. */
export const VariantLineItem = memo(function VariantLineItem({
  line,
  draft,
  unsaved,
  editable,
  onAction,
}: Props) {
  const { t } = useTranslation();
  const typeLabel = useNodeTypeLabel();
  const shown = line.status.filter((status): status is ShownStatus => status !== 'national');
  return (
    <li
      className="variant-line"
      style={{ '--depth': line.depth } as CSSProperties}
      data-testid={`variant-line-${line.code}`}
      data-status={line.status.join(' ')}
      data-modified={shown.length > 0 || undefined}
      data-hidden={line.status.includes('hidden') || undefined}
    >
      <div className="variant-row">
        <span className="variant-code">{line.code}</span>
        <Badge variant="outline" color="blue.9" size="sm">
          {typeLabel(lineNode(line))}
        </Badge>
        {shown.map((status) => (
          <Badge key={status} color={STATUS_COLOURS[status]} data-testid={`badge-${status}`}>
            {t(`variant.statuses.${status}`)}
          </Badge>
        ))}
        {unsaved ? (
          <Badge variant="outline" color="orange.9" data-testid="badge-unsaved">
            {t('variant.unsaved')}
          </Badge>
        ) : null}
        <Text span className="variant-national">
          {(line.national ?? line.adapted)?.label}
        </Text>
      </div>
      <CompanyText line={line} draft={draft} />
      {editable ? <LineActions line={line} onAction={onAction} /> : null}
    </li>
  );
});
