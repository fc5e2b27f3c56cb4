/**
 * Most mark buttons in the DOM at once. Zoomed out over a large record the window can hold a
 * few thousand drawn items; the buttons are for the reader's focus and a screen reader's browse
 * order, so the focused, selected and key marks come first and the rest up to the cap. Arrow keys
 * reach every item through the index whatever the cap, and the list view lists every event.
 */
export const MAX_MARK_BUTTONS = 200;
