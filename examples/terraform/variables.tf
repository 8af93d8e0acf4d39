variable "rke2_version" {
  type        = string
  description = "RKE2 release to install on every node, for example v1.26.0+rke2r2"
  # December 2022 release; see the containerd restart issue before changing it
  default     = "v1.24.9+rke2r1"
}

variable "node_count" {
  type    = number
  default = 3
}
