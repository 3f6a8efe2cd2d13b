/**
 * What a browser loads before anything renders: the entry file and every file it imports
 * statically, and so on. `importsOf(name)` gives the names a file imports statically; dynamic
 * imports load later, on demand, so they do not count.
 */
export function loadedBeforeRender(entry, importsOf) {
  const loaded = new Set();
  const visit = (name) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    importsOf(name).forEach(visit);
  };
  visit(entry);
  return loaded;
}
