// The explorer page's entry: defines the elements; <aiw-explorer> in index.html does the rest.
import './app/aiw-explorer.ts';
