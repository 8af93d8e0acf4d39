locals {
  user_data = templatefile("${path.module}/templates/server.yaml.tftpl", {
    rke2_version = var.rke2_version
    token        = random_password.token.result
  })
}

resource "random_password" "token" {
  length = 32
}

resource "aws_instance" "server" {
  count         = var.node_count
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.large"
  user_data     = local.user_data
}

resource "rancher2_cluster_v2" "downstream" {
  name               = "downstream"
  kubernetes_version = "v1.25.5+rke2r2"
  # kubernetes_version = "v1.25.5+rke2r1"
}
