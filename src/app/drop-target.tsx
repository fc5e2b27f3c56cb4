import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { openLocalFileLater } from './open-file-later';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * The whole page takes a dropped file. While a file is dragged over it, a target says what it
 * will do; the target lets pointer events through, so the page underneath still counts the
 * drag's entries and exits (nested elements fire both, hence the depth count).
 */
export function DropTarget() {
  const [active, setActive] = useState(false);
  const depth = useRef(0);
  const queryClient = useQueryClient();

  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth.current += 1;
      setActive(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser would open the file itself, replacing the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setActive(false);
      const files = e.dataTransfer?.files;
      const file = files?.[0];
      if (file) void openLocalFileLater(file, queryClient, (files?.length ?? 1) - 1);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [queryClient]);

  if (!active) return null;
  return (
    <div className="drop-target" data-testid="drop-target">
      <div className="drop-card">
        <p className="drop-title">Drop the file to open it</p>
        <p>
          A Stanceline bundle, a TimelineJS file, or a spreadsheet saved as CSV. It is read in this
          browser and never uploaded.
        </p>
      </div>
    </div>
  );
}
