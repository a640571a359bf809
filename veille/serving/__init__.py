"""What serving HTTP needs, shared by the API (veille.api) and the pages (veille.web) so that neither
imports the other: request dependencies (`deps`), query-string parameters (`params`), the error
envelope (`errors`) and the guards on hosts and headers (`guard`). veille.app mounts both."""
