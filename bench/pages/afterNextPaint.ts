/**
 * Runs `callback` once the browser has painted the frame being prepared now: a task
 * queued from the next animation frame runs after that frame's paint. In a hidden tab,
 * which paints nothing and runs no animation frames, it runs in the next task. Returns
 * the cancel function, for an effect's cleanup.
 */
export function afterNextPaint(callback: () => void): () => void {
  if (document.visibilityState === 'hidden') {
    const handle = setTimeout(callback, 0);
    return () => clearTimeout(handle);
  }
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) callback();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
