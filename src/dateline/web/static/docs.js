// Swagger UI from the package's own copy; no validator badge, no network.
"use strict";
window.addEventListener("load", () => {
  const root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: root.dataset.url, dom_id: "#swagger-ui",
                                validatorUrl: null, deepLinking: true });
});
