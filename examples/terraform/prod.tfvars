rke2_version = "v1.26.0+rke2r2"
node_count   = 5
