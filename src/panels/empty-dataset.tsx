/**
 * A dataset with no events: said plainly in place of the chart, instead of an axis around
 * 1 January 1970. The header, the description and the about section above still work.
 */
export function EmptyDataset() {
  return (
    <section className="empty-dataset" aria-labelledby="empty-dataset-title">
      <h2 id="empty-dataset-title">This dataset has no events yet.</h2>
      <p>
        There is nothing to draw: its <code>events.json</code> lists no events. Its description and
        method are under “About this data” above; events appear here as soon as they are added.
      </p>
    </section>
  );
}
