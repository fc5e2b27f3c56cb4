import type { LoadedRecord } from '../data/record-queries';
import { describeImport } from '../formats/import-summary';
import { bundleFileName, bundleFromDataset, serializeBundle } from '../formats/bundle';
import { downloadFile } from '../ui/download-file';

/** Where the build serves the bundle's JSON Schema; a saved bundle points its `$schema` there. */
function bundleSchemaUrl(): string {
  return new URL('data/schema/bundle.schema.json', document.baseURI).href;
}

/**
 * Where a record that is not Stanceline's own comes from, said above it: a hosted file (its
 * address), or a file from this device (read here, never uploaded, linkable only in this
 * browser). Either can be saved as a bundle, the one file that carries the whole record.
 */
export function ProvenanceNotice({ record }: { record: LoadedRecord }) {
  const { provenance, dataset } = record;
  if (provenance.kind === 'bundled') return null;
  const { summary, name } = provenance;
  const save = () =>
    downloadFile(
      bundleFileName(dataset.meta.id),
      serializeBundle(bundleFromDataset(dataset), bundleSchemaUrl()),
      'application/json',
    );
  return (
    <section className="provenance" aria-label="Where this record comes from">
      <div className="provenance-text">
        {provenance.kind === 'hosted' ? (
          <p>
            <strong>From a linked file:</strong>{' '}
            <a href={provenance.url} rel="noopener noreferrer" className="provenance-url">
              {provenance.url}
            </a>
            . It is not part of Stanceline’s own record: Stanceline checked its format, not its
            facts.
          </p>
        ) : (
          <p>
            <strong>From your device:</strong> {name}, read in this browser and never uploaded. A
            link to it works only here: to share the record, download it as a bundle.
          </p>
        )}
        <p className="provenance-summary">{describeImport(summary)}.</p>
      </div>
      <button type="button" className="btn" onClick={save}>
        Download as bundle
      </button>
    </section>
  );
}
