// Desa Sadar's service worker: the booth opens without a network once it has been visited (js/booth.js asks for
// the page and what it loaded to be kept). Workbox (vendored from the npm registry, js/vendor/workbox-7.4.1) does
// the caching; the registrations themselves are kept by the page in IndexedDB, not here.
importScripts("/js/vendor/workbox-7.4.1/workbox-sw.js");
// debug: false, or Workbox would load its development builds on localhost, which are not shipped
workbox.setConfig({ modulePathPrefix: "/js/vendor/workbox-7.4.1/", debug: false });
workbox.core.setCacheNameDetails({ prefix: "desa-sadar" });
workbox.core.skipWaiting();
workbox.core.clientsClaim();

// Static files: their addresses carry a hash of their content, so a copy kept is never out of date.
workbox.routing.registerRoute(
  function (context) {
    return context.url.origin === self.location.origin && /^\/(css|js|webjars)\//.test(context.url.pathname);
  },
  new workbox.strategies.CacheFirst({
    cacheName: "desa-sadar-static",
    plugins: [
      new workbox.cacheableResponse.CacheableResponsePlugin({ statuses: [200] }),
      new workbox.expiration.ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 60 * 60 * 24 * 60 })
    ]
  }));

// The booth page: from the network when it answers within a few seconds, else the copy kept on the phone. Only a
// page really shown is kept (200): not the sign-in page a session that ended is redirected to.
workbox.routing.registerRoute(
  function (context) {
    return context.url.origin === self.location.origin && /^\/events\/\d+\/booth$/.test(context.url.pathname);
  },
  new workbox.strategies.NetworkFirst({
    cacheName: "desa-sadar-booth",
    networkTimeoutSeconds: 5,
    plugins: [
      new workbox.cacheableResponse.CacheableResponsePlugin({ statuses: [200] }),
      new workbox.expiration.ExpirationPlugin({ maxEntries: 20, maxAgeSeconds: 60 * 60 * 24 * 14 })
    ]
  }));
