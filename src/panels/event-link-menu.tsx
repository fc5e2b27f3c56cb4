import { MenuButton } from '../ui/menu-button';

interface Props {
  /** Shares or copies the link that opens the event in the app. */
  onShareLink: () => void;
  /** Copies the link of the event's static preview page. */
  onSharePreview: () => void;
}

/**
 * "Link to this event": the app link, or the event's preview page, which chat apps and social
 * sites unfurl with the event's title and summary before sending the reader on to the app.
 */
export function EventLinkMenu({ onShareLink, onSharePreview }: Props) {
  return (
    <MenuButton
      label="Link to this event"
      items={[
        { id: 'app', label: 'Copy link', detail: 'opens the event here', onSelect: onShareLink },
        {
          id: 'preview',
          label: 'Copy preview page link',
          detail: 'shows a title and summary in chats',
          onSelect: onSharePreview,
        },
      ]}
    />
  );
}
