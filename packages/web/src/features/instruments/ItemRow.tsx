import type { Item } from '@certeval/core/instruments/schema';
import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEditor } from './EditorContext.tsx';
import { ItemEditor } from './ItemEditor.tsx';
import { itemText } from './itemFields.ts';
import { problemsAt } from './problemPaths.ts';

type Props = {
  item: Item;
  index: number;
  count: number;
  sectionId: string;
  sectionDomain: string | undefined;
  path: string | undefined;
  open: boolean;
  onOpen: (id: string | null) => void;
};

/** How many codes a closed row shows before "+3". */
const SHOWN_TAGS = 4;

function Tags({ item, sectionDomain }: { item: Item; sectionDomain: string | undefined }) {
  const { t } = useTranslation();
  const hidden = item.evaluates.length - SHOWN_TAGS;
  return (
    <Group gap={4}>
      {item.domain ? (
        <Badge variant="outline" color="blue.9">
          {t('instruments.item.ownDomain', { domain: item.domain })}
        </Badge>
      ) : sectionDomain ? (
        <Badge variant="outline" color="gray.7">
          {t('instruments.item.inheritsDomain', { domain: sectionDomain })}
        </Badge>
      ) : null}
      {item.evaluates.slice(0, SHOWN_TAGS).map((code) => (
        <Badge key={code} variant="outline" color="teal.9" tt="none">
          {code}
        </Badge>
      ))}
      {hidden > 0 ? (
        <Badge variant="outline" color="teal.9" tt="none">
          +{hidden}
        </Badge>
      ) : null}
    </Group>
  );
}

/** One item of a section: its place, text and tags, with keyboard reorder and its editor. */
export function ItemRow({
  item,
  index,
  count,
  sectionId,
  sectionDomain,
  path,
  open,
  onOpen,
}: Props) {
  const { t } = useTranslation();
  const { dispatch, problems, announce, focusLater } = useEditor();
  const found = path ? problemsAt(problems, path).length : 0;
  const { id } = item;
  const move = (by: -1 | 1) => {
    dispatch({ type: 'moveItem', item: id, by });
    const position = index + 1 + by;
    announce(t('instruments.item.moved', { id, position, count }));
    // The same button again, or the other one when the item reached an end.
    const [same, other] = by === -1 ? ['up', 'down'] : ['down', 'up'];
    focusLater([`move-${same}:${id}`, `move-${other}:${id}`]);
  };
  const remove = () => {
    dispatch({ type: 'removeItem', item: id });
    announce(t('instruments.item.removed', { id }));
    focusLater([`add-item:${sectionId}`]);
  };
  const toggle = () => {
    onOpen(open ? null : id);
    if (open) focusLater([`edit:${id}`]);
  };
  const text = itemText(item);
  return (
    <li className="instrument-item" data-testid={`item-${id}`} data-open={open || undefined}>
      <div className="instrument-item-row">
        <span className="instrument-item-code" aria-hidden="true">
          {index + 1}.
        </span>
        <div className="instrument-item-body">
          <Text fw={600} size="sm" span className="instrument-item-code">
            {id}
          </Text>{' '}
          <Text span c={text ? undefined : 'dimmed'} data-testid={`item-summary-${id}`}>
            {text || t('instruments.item.noText')}
          </Text>
          <Group gap={6} mt={4}>
            <Badge variant="outline" color="gray.8" tt="none">
              {t(`instruments.itemTypes.${item.type}`)}
            </Badge>
            <Tags item={item} sectionDomain={sectionDomain} />
            {found > 0 ? (
              <Badge color="red.9" data-testid={`item-problems-${id}`}>
                {t('instruments.item.problems', { count: found })}
              </Badge>
            ) : null}
          </Group>
        </div>
        <Group
          gap={4}
          role="group"
          aria-label={t('instruments.item.actions', { id })}
          className="instrument-item-actions"
        >
          <Button
            size="compact-sm"
            variant="default"
            disabled={index === 0}
            aria-label={t('instruments.item.moveUpItem', { id })}
            onClick={() => move(-1)}
            data-focus={`move-up:${id}`}
            data-testid={`move-up-${id}`}
          >
            {t('instruments.item.moveUp')}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            disabled={index === count - 1}
            aria-label={t('instruments.item.moveDownItem', { id })}
            onClick={() => move(1)}
            data-focus={`move-down:${id}`}
            data-testid={`move-down-${id}`}
          >
            {t('instruments.item.moveDown')}
          </Button>
          <Button
            size="compact-sm"
            variant={open ? 'filled' : 'default'}
            aria-expanded={open}
            aria-label={
              open
                ? t('instruments.item.closeItem', { id })
                : t('instruments.item.editItem', { id })
            }
            onClick={toggle}
            data-focus={`edit:${id}`}
            data-testid={`edit-${id}`}
          >
            {open ? t('instruments.item.close') : t('instruments.item.edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            color="red.9"
            aria-label={t('instruments.item.removeItem', { id })}
            onClick={remove}
            data-testid={`remove-${id}`}
          >
            {t('instruments.item.remove')}
          </Button>
        </Group>
      </div>
      {open ? (
        <ItemEditor
          item={item}
          sectionId={sectionId}
          sectionDomain={sectionDomain}
          path={path}
          onClose={() => {
            onOpen(null);
            focusLater([`edit:${id}`]);
          }}
        />
      ) : null}
    </li>
  );
}
