# Varnish in front of several Roampress servers (Debian: varnish 7.1 + varnish-modules for xkey).
# Reader pages are kept until a change purges their cache tags; everything personal or
# unpublished passes straight through. `npm run cluster` starts varnishd with this file, filling in
# its own backend ports and purge secret; on real machines edit the backends, the purgers ACL and
# the secret below (README, "Several servers").
vcl 4.1;

import directors;
import xkey;

# A server that fails two of its last three checks leaves the rotation (about two seconds) and
# returns once it answers again.
probe roampress_health {
  .url = "/health";
  .interval = 1s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

backend app1 {
  .host = "127.0.0.1";
  .port = "3081";
  .probe = roampress_health;
  .connect_timeout = 1s;
  .first_byte_timeout = 60s;
}

backend app2 {
  .host = "127.0.0.1";
  .port = "3082";
  .probe = roampress_health;
  .connect_timeout = 1s;
  .first_byte_timeout = 60s;
}

# Who may purge: the application servers. They must also send the secret (VARNISH_PURGE_SECRET).
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_init {
  new roampress = directors.round_robin();
  roampress.add_backend(app1);
  roampress.add_backend(app2);
}

sub vcl_recv {
  set req.backend_hint = roampress.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers || req.http.x-purge-secret != "change-this-purge-secret") {
      return (synth(403, "Purging is not allowed from here"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Name the cache tags to purge in an xkey-purge header"));
    }
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged + " objects"));
  }
  unset req.http.x-purge-secret;

  # Saves, the admin, the API, previews and the language switcher are never cached.
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(admin|api)([/?]|$)" || req.url ~ "^/next/" || req.url ~ "^/health([/?]|$)") {
    return (pass);
  }
  if (req.http.Authorization) {
    return (pass);
  }
  # Draft mode, a preview token or a signed-in editor: that person's own view.
  if (req.http.Cookie ~ "(^|;\s*)(__prerender_bypass|roampress-preview|payload-token)=") {
    return (pass);
  }
  # Other cookies (the reader's chosen language) do not change a cached page, and only pages
  # that set none are kept (vcl_backend_response); the cookie still reaches the server on a miss.
  return (hash);
}

sub vcl_backend_response {
  # A server that went away mid-request: ask the next one (reads only; a save is never resent).
  if (beresp.status >= 500 && bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
  if (bereq.uncacheable) {
    return (deliver);
  }
  # Kept: complete reader pages that name their cache tags and set no cookie. Every change
  # purges its tags, so the day only bounds a purge that never arrived.
  if (beresp.status == 200 && beresp.http.Surrogate-Key && !beresp.http.Set-Cookie) {
    set beresp.http.xkey = beresp.http.Surrogate-Key;
    unset beresp.http.Surrogate-Key;
    unset beresp.http.Cache-Tag;
    set beresp.ttl = 1d;
    set beresp.grace = 0s;
    return (deliver);
  }
  set beresp.uncacheable = true;
  set beresp.ttl = 10s;
  return (deliver);
}

sub vcl_backend_error {
  # Connection refused or reset: the server is down before the health check knows it.
  if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
}

sub vcl_deliver {
  # Cache tags are for caches, never for readers.
  unset resp.http.xkey;
  unset resp.http.Surrogate-Key;
  unset resp.http.Cache-Tag;
  if (obj.hits > 0) {
    set resp.http.x-varnish-cache = "HIT";
  } else {
    set resp.http.x-varnish-cache = "MISS";
  }
}
