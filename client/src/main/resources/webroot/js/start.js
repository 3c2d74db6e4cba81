// Starts the TeaVM-compiled client; kept out of index.html so no inline script is needed.
main([]);
