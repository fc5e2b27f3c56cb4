import { useLayoutEffect, useMemo, useRef } from 'react';
import { formatDatePattern, isoDayToMs } from '../../domain/dates';
import {
  ARC_STROKE,
  arcEdgeTag,
  arcMidpoint,
  arcPath,
  labelInside,
  openLabelObstacle,
  openMarkObstacle,
  placeEdgeTags,
  type Arc,
  type EdgeTag,
} from '../layout/arcs';
import { LABEL_FONT_PX as MARK_LABEL_FONT_PX, type SceneLabel } from '../layout/scene-labels';
import { estimateTextWidth } from '../layout/text-width';
import type { Viewport } from '../viewport';

/** px: the arcs' labels' font size (.arc-label). */
const LABEL_FONT_PX = 12;

interface Props {
  arcs: readonly Arc[];
  viewport: Viewport;
  width: number;
  height: number;
  /**
   * Id of the item with keyboard focus or under the pointer: the arcs it ends are labelled (all
   * of them when it is the open event).
   */
  focused: string | null;
  /** Id of the open event's drawn item. */
  openItem: string | null;
  /** px: the part of the plot in view, less what the details drawer covers. */
  visible: readonly [number, number];
  /** The open event's label as placed at the settled view, if it has one: tags leave it clear. */
  openLabel: SceneLabel | null;
  locale: string;
}

/**
 * Arcs from the open event to the events it relates to, so a reader sees at a glance what
 * answered what: stroked by the kind of relation (ARC_STROKE), with an arrow from the event that
 * states the relation to the one it names, and the relation in words at the top of the arc while
 * either end has focus or the pointer. React renders one path per relation when the selection or
 * the settled view changes; each frame rewrites only their geometry from the live scale.
 *
 * The arcs are clipped at the plot's left and right edges (.arc-layer), so an arc to an event
 * outside the window never runs over the lane names; where it leaves the plot, a tag gives that
 * event's date and the side it lies on.
 */
export function ArcLayer(props: Props) {
  const { arcs, viewport, width, height, focused, openItem, visible, locale, openLabel } = props;
  const [left, right] = visible;
  const ref = useRef<SVGGElement>(null);
  const edgesRef = useRef<SVGGElement>(null);
  const labelWidths = useMemo(
    () => arcs.map((arc) => estimateTextWidth(arc.label, LABEL_FONT_PX)),
    [arcs],
  );
  const tagTexts = useMemo(
    () =>
      arcs.map((arc) => {
        const date = formatDatePattern(isoDayToMs(arc.toDate), 'day-month-year', locale);
        return { left: `◂ ${date}`, right: `${date} ▸` };
      }),
    [arcs, locale],
  );
  useLayoutEffect(() => {
    const draw = () => {
      const g = ref.current;
      const chips = edgesRef.current;
      if (!g || !chips) return;
      const scale = viewport.scale();
      const tagged: Element[] = [];
      const tags: Array<EdgeTag & { w: number }> = [];
      arcs.forEach((arc, i) => {
        const [path, text] = g.children[i]?.children ?? [];
        const chip = chips.children[i];
        const [box, words] = chip?.children ?? [];
        if (!path || !text || !chip || !box || !words) return;
        const a: [number, number] = [scale(arc.from.t), arc.from.y];
        const b: [number, number] = [scale(arc.end.t), arc.end.y];
        // The arrow points at the event the relation names.
        const [p, q] = arc.direction === 'out' ? [a, b] : [b, a];
        path.setAttribute('d', arcPath(p[0], p[1], q[0], q[1]));
        const [mx, my] = arcMidpoint(p[0], p[1], q[0], q[1]);
        text.setAttribute('x', String(labelInside(mx, labelWidths[i]!, [left, right])));
        text.setAttribute('y', String(my - 4));
        const tag = arcEdgeTag(a[0], a[1], b[0], b[1], [left, right]);
        const side = tag?.side ?? '';
        const content = tag ? tagTexts[i]![tag.side] : '';
        if (words.textContent !== content) {
          // Written and measured only when the text changes (the side, or the date's locale),
          // not on every frame of a pan.
          chip.setAttribute('data-side', side);
          words.textContent = content;
          box.setAttribute('width', String(chipWidth(words, content)));
        }
        if (tag) {
          tagged.push(chip);
          tags.push({ ...tag, w: Number(box.getAttribute('width')) });
        }
      });
      const from = arcs[0]?.from;
      const openX = from ? scale(from.t) : 0;
      const avoid = from
        ? [
            openMarkObstacle(openX, from.y),
            ...(openLabel ? [openLabelObstacle(openLabel, openX, MARK_LABEL_FONT_PX)] : []),
          ]
        : [];
      placeEdgeTags(tags, [left, right], CHIP_HEIGHT_PX, avoid).forEach(({ x, y }, k) => {
        tagged[k]!.setAttribute('transform', `translate(${x},${y})`);
      });
    };
    draw();
    return viewport.subscribe({ frame: draw });
  }, [arcs, viewport, left, right, labelWidths, tagTexts, openLabel]);
  if (arcs.length === 0) return null;
  const all = focused !== null && focused === openItem;
  return (
    <>
      <svg className="arc-layer" width={width} height={height} aria-hidden="true">
        <defs>
          <marker
            id="arc-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="arc-arrow" />
          </marker>
        </defs>
        <g ref={ref} className="arcs">
          {arcs.map((arc) => {
            const shown = all || (focused !== null && focused === arc.endItem);
            return (
              <g key={arc.to} className={shown ? 'arc-group labelled' : 'arc-group'}>
                <path
                  className={`arc ${ARC_STROKE[arc.type]}`}
                  data-arc-to={arc.to}
                  data-relation={arc.type}
                  data-direction={arc.direction}
                  markerEnd="url(#arc-arrow)"
                />
                <text className="arc-label" textAnchor="middle" data-arc-label-for={arc.to}>
                  {arc.label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      {/* Over the labels, so that none runs through a tag (.arc-edges). */}
      <svg className="arc-edges" width={width} height={height} aria-hidden="true">
        <g ref={edgesRef}>
          {arcs.map((arc) => (
            <g key={arc.to} className="arc-edge" data-arc-edge-for={arc.to}>
              <rect height={CHIP_HEIGHT_PX} rx={3} />
              <text x={CHIP_PAD_PX} y={CHIP_HEIGHT_PX - 4} />
            </g>
          ))}
        </g>
      </svg>
    </>
  );
}

/** px: an edge tag's height and the room beside its text. */
const CHIP_HEIGHT_PX = 16;
const CHIP_PAD_PX = 5;
/** px: the font size of an edge tag's text (.arc-edge). */
const CHIP_FONT_PX = 11;

/** px: a tag's width around its text, as drawn (else as estimated, where it cannot be measured). */
function chipWidth(words: Element, text: string): number {
  if (!text) return 0;
  const drawn = words instanceof SVGTextContentElement ? words.getComputedTextLength() : 0;
  const textPx = drawn > 0 ? drawn : estimateTextWidth(text, CHIP_FONT_PX);
  return Math.ceil(textPx) + 2 * CHIP_PAD_PX;
}
